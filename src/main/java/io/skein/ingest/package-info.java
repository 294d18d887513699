/**
 * Ingestion: customer records and behavioural events in, idempotently. Owns the input contracts
 * (GraphQL inputs, NDJSON lines), structural validation with per-item errors, the warnings for dirty but
 * optional values, and the write of records, accounts and interactions; identity decides which customer
 * each belongs to. Records are keyed by (source, sourceId), events by eventId: replays change nothing.
 */
package io.skein.ingest;
