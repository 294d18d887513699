/**
 * Send time and channel learnt per customer (issue 17, item 4): {@link io.skein.engagement.EngagementEstimator}
 * turns delivery feedback (messages sent, opened or clicked) into each customer's best channel and hour of day,
 * shrunk toward the population (Beta-Binomial) when the customer has little history. The same estimator serves
 * the graph ({@code Customer.engagement}, {@code send} steps on channel BEST or {@code atBestHour}) and the
 * in-memory {@code evaluate-journeys} command.
 */
package io.skein.engagement;
