/**
 * Delivery of the outbox (issue 17, items 6 and 7): the journey engine writes each message it decides to
 * send as an {@code (:OutboxMessage {key, customerId, channel, recipient, subject, body, purpose, status:
 * 'PENDING', attempts: 0, nextAttemptAt, createdAt, journeyKey, journeyVersion, instanceId, stepId})} node in
 * the same transaction as the journey step; this package reads them and sends them.
 * <p>
 * {@link io.skein.delivery.OutboxDispatcher} claims due messages in small batches by a conditional write in
 * the store (status {@code SENDING}, {@code claimedBy}, {@code claimUntil}: the node is locked, then its
 * status re-read, so two Skein instances never claim the same message; a claim whose {@code claimUntil}
 * has passed is taken again), sends each through the {@link io.skein.delivery.ChannelSender} of its channel
 * (e-mail through Spring Mail, SMS, WhatsApp, push and webhooks through an HTTP webhook per channel), then
 * marks it {@code SENT} ({@code sentAt}). Each claim counts in {@code attempts}; a failure sets
 * {@code lastError} (masked) and {@code nextAttemptAt} with exponential backoff, and after
 * {@code skein.delivery.max-attempts} attempts the message is {@code DEAD} (the dead letter), also when its
 * claims kept expiring because the instance sending it stopped each time. A permanent refusal is final at once: an SMTP 5xx
 * rejection (a hard bounce) is {@code FAILED} with {@code failureReason: 'bounced'} so the engine can fall
 * back to another channel; an HTTP 4xx from a webhook is {@code DEAD}.
 * <p>
 * <b>At-least-once window.</b> A message can be sent twice only when an instance stops (or loses the
 * store) after the provider accepted it and before {@code SENT} was written, or when a send outlives
 * {@code skein.delivery.claim-timeout}: its claim then expires and another instance sends it again. Every
 * send carries the message's idempotency key so the receiver can drop the repeat: the e-mail's
 * {@code Message-ID} is {@code <key@domain>} (and header {@code X-Skein-Key}), a webhook request carries
 * header {@code Idempotency-Key: key} and {@code key} in its JSON body.
 * <p>
 * Outcomes go back onto the customer as events through ingestion ({@code message_delivered},
 * {@code message_bounced}, {@code message_failed}, each with the message key), read by GraphQL as
 * {@code outbox} and {@code Customer.messages}; fields live in {@code delivery.graphqls}.
 */
package io.skein.delivery;
