/**
 * The {@code bench} command: generates a demo bank of N people, imports it with full resolution, writes the
 * same graph shape a second time by plain {@code UNWIND ... MERGE} with no resolution (the ceiling), then
 * measures real-time ingest and the customer-360 over GraphQL on localhost, segment evaluation, heap and
 * store size, and reports each figure beside its target as a table and a JSON file.
 */
package io.skein.bench;
