/**
 * Segments, personas and audiences. Owns custom attribute definitions, segment definitions (rules in the
 * language of {@code segment.rule}), membership materialised as {@code (:Customer)-[:IN_SEGMENT {since}]->(:Segment)}
 * with a {@code (:SegmentEvent {type: ENTERED|EXITED, at})} per change after one {@code CREATED} event (with
 * {@code memberCount}) for a segment's first evaluation, RFM scores, precomputed customer facts
 * ({@link io.skein.segment.CustomerFacts}) that rules read instead of traversing, and the shipped example
 * segments. Membership is kept current by listening to {@link io.skein.ingest.CustomersChanged} (only the touched
 * customer is re-evaluated) and by a scheduled re-check of every segment as time windows move. Entries and
 * exits after the first evaluation are published as {@link io.skein.segment.SegmentMembershipChanged}.
 */
package io.skein.segment;
