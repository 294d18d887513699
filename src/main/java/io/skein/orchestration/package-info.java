/**
 * Journeys that act — definitions and their running instances; not to be confused with
 * {@link io.skein.journey}, which discovers customers' journeys, funnels and drop-offs. A definition
 * ({@link io.skein.orchestration.JourneyDefinition}) is a trigger and steps, checked by
 * {@link io.skein.orchestration.JourneyParser} (every error names its path, e.g. {@code steps[2].template}) and
 * stored versioned: {@code (:Journey {key})-[:VERSION]->(:JourneyVersion {version, definition})}, each change
 * a new version, the earlier ones kept so that running instances finish on the version they started.
 * Shipped definitions ({@code classpath:orchestration/*.json}) are created at start when absent.
 * <p>
 * The engine ({@link io.skein.orchestration.JourneyEngine}, scheduled by {@code skein.journeys.*}, run under a
 * {@link io.skein.orchestration.StoreLease} so one Skein instance runs it at a time) enrols customers whose
 * trigger occurred ({@link io.skein.orchestration.JourneyEnrolment}: one instance per occurrence, one running
 * instance per journey and customer, both unique constraints of V0011) and advances due
 * {@code (:JourneyInstance)} nodes step by step ({@link io.skein.orchestration.StepExecutor}); each step is one
 * transaction writing the instance, its {@code (:JourneyStepRun)} log entry and, for a SEND, an
 * {@code (:OutboxMessage {key: instanceId:stepId:visit})}, applied only if the instance has not moved since
 * it was read — exactly once across restarts and replays. SEND checks address, bounces and consent (else the
 * step's fallback), quiet hours (deferred to their end) and MARKETING caps; a holdout customer runs the
 * journey but is sent nothing. Delivery of the outbox belongs elsewhere. Fields live in
 * {@code orchestration.graphqls}.
 */
package io.skein.orchestration;
