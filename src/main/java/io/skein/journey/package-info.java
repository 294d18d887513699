/**
 * Journeys: where customers drop off and how funnels convert. Owns the journey definitions
 * ({@code classpath:purpose/journeys.json}): abandonable journeys (a loan application started and not
 * submitted, a quote not bought, a fund selection not ordered, KYC partly done), detected after a
 * configurable silence as {@code (:DropOff)} nodes and {@link io.skein.journey.DropOffDetected} events
 * that journeys can trigger on, cleared (with {@link io.skein.journey.DropOffCleared}) by a later
 * completion; and funnels counted over ordered steps within a time window, broken down by channel or
 * segment. Query fields live in {@code journey.graphqls}.
 */
package io.skein.journey;
