package io.skein.ingest;

/**
 * Published after a record or event has been stored for a customer (created or updated, not for
 * unchanged replays). Listeners (segments, purposes) re-evaluate only this customer.
 *
 * @param customerId the active customer the item now belongs to
 * @param kind RECORD or EVENT
 * @param eventType the event's type for events (e.g. Page_viewed), null for records
 */
public record CustomerChanged(String customerId, String kind, String eventType) {
}
