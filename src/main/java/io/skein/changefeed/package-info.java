/**
 * Customer change events out (issue 16, item 5): a transactional outbox in the store, published to Kafka.
 * <p>
 * Each change writes a {@code (:ChangeEvent:PendingChange {id, customerId, seq, type, at, ...data})} node in
 * the same query (so the same write transaction) as the change itself, in its Cypher file: {@code CREATED}
 * ({@code identity/attach-records}, {@code create-anonymous}, {@code move-records}), {@code MERGED} with
 * {@code absorbedIds} ({@code identity/merge-customers}, beside the {@code Merge} node), {@code SPLIT}
 * ({@code identity/move-records}); a steward's undo of a merge is a {@code SPLIT} per customer restored
 * ({@code identity/unmerge}), of a split a {@code MERGED} ({@code identity/unsplit}); {@code ERASED} ({@code privacy/erase-apply}: ids only),
 * {@code SEGMENT_ENTERED}/{@code SEGMENT_EXITED} ({@code segment/enter}, {@code exit}, {@code evaluate-wave}, beside the
 * {@code SegmentEvent}; a new segment's first evaluation, recorded as one {@code CREATED} {@code SegmentEvent},
 * sends no per-member event: consumers learn a new segment's members from its later entries, or read them),
 * {@code PURPOSE_STAGE_CHANGED} ({@code purpose/replace}: a purpose new or at another
 * stage) and {@code DROP_OFF_DETECTED}/{@code DROP_OFF_CLEARED} ({@code journey/replace-drop-offs}). A change
 * rolled back leaves no event; a committed one cannot lose its event. {@code seq} is the customer's
 * {@code changeSeq} counter, incremented on the customer node the change already write-locks, so a customer's
 * events are numbered in commit order (several changes of one customer in one statement each take it in their
 * own subquery call); {@code at} is the transaction's time in the store.
 * <p>
 * {@link io.skein.changefeed.ChangeFeedPublisher} publishes them when {@code skein.kafka.changes.topic} and
 * {@code skein.kafka.bootstrap-servers} are set (nothing of Kafka starts otherwise): one instance at a time
 * under the store lease {@code change-feed-publisher}, customer by customer in seq order, key the customer id,
 * header {@code Idempotency-Key} the event id; marked published ({@code publishedAt}, label
 * {@code PendingChange} removed) only after the brokers acknowledged. Delivery is at least once: an instance
 * stopping between the acknowledgement and the mark makes the next round re-send the same events with the same
 * ids, so a consumer that drops event ids it has seen gets each change exactly once. Retention:
 * {@link io.skein.changefeed.ChangeFeedScheduler} deletes published events older than
 * {@code skein.kafka.changes.retention} (7 days), and without a publisher all events that old.
 * The record value's JSON Schema: {@code src/main/resources/schemas/customer-change-event.schema.json} (on the
 * classpath as {@code schemas/customer-change-event.schema.json}).
 */
package io.skein.changefeed;
