/**
 * The customer view: the read side of the identity graph served through GraphQL. Owns the Query
 * fields of {@code customer.graphqls} (lookup by id — absorbed ids resolve to the survivor — by source
 * record, full-text search, the walk over all active customers) and every child of a customer: golden
 * profile, identifiers, source records, accounts, devices, interactions and merges. Every list-to-child
 * edge is answered for a whole page of customers in one Cypher round trip ({@code @BatchMapping}, or a
 * DataLoader for {@code interactions}, whose arguments are part of the key). Read-only: writes belong to
 * ingestion and identity.
 */
package io.skein.customer;
