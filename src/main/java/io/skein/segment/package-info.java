/**
 * Segments, personas and audiences. Owns custom attribute definitions, segment definitions (rules in the
 * language of {@code segment.rule}), membership materialised as {@code (:Customer)-[:IN_SEGMENT {since}]->(:Segment)}
 * with a {@code (:SegmentEvent {type: ENTERED|EXITED, at})} per change, RFM scores, and the shipped example
 * segments. Membership is kept current by listening to {@link io.skein.ingest.CustomersChanged} (only the touched
 * customer is re-evaluated) and by a scheduled re-check of every segment as time windows move. Entries and
 * exits are published as {@link io.skein.segment.SegmentMembershipChanged}.
 */
package io.skein.segment;
