/**
 * Operations: the gauges an operator watches next to the ingest and latency metrics. The review-queue
 * depth and the journey backlog are counts read from the graph, cached (see {@link io.skein.operations.CachedCount})
 * so a Prometheus scrape never waits on a graph query more than once per TTL.
 */
package io.skein.operations;
