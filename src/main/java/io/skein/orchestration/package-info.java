/**
 * Journeys that act — definitions, and later their running instances; not to be confused with
 * {@link io.skein.journey}, which discovers customers' journeys, funnels and drop-offs. A definition
 * ({@link io.skein.orchestration.JourneyDefinition}) is a trigger and steps, checked by
 * {@link io.skein.orchestration.JourneyParser} (every error names its path, e.g. {@code steps[2].template}) and
 * stored versioned: {@code (:Journey {key})-[:VERSION]->(:JourneyVersion {version, definition})}, each change
 * a new version, the earlier ones kept so that running instances finish on the version they started.
 * Shipped definitions ({@code classpath:orchestration/*.json}) are created at start when absent. Fields
 * live in {@code orchestration.graphqls}. The engine (instances, scheduler, outbox, delivery) is not built yet.
 */
package io.skein.orchestration;
