package io.skein.ingest;

/**
 * One record or event stored for a customer (created or updated, not an unchanged replay); announced in
 * batches as {@link CustomersChanged}.
 *
 * @param customerId the active customer the item now belongs to
 * @param kind RECORD or EVENT
 * @param eventType the event's type for events (e.g. Page_viewed), null for records
 */
public record CustomerChanged(String customerId, String kind, String eventType) {
}
