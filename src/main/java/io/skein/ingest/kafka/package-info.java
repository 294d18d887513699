/**
 * Kafka in ({@code skein.kafka.*}): customer records and events consumed from Kafka topics, as the NDJSON
 * lines {@code import} reads, written through {@link io.skein.ingest.IngestService} in batches, with the
 * consumer's offsets committed only after the graph committed. A rejected message goes to a dead-letter
 * topic with a masked reason and its original topic, partition and offset; a store failure commits nothing
 * and the batch is consumed again (ingestion is idempotent). Consumer lag is the {@code skein.kafka.lag}
 * gauge. Without bootstrap servers and a topic nothing of it starts.
 */
package io.skein.ingest.kafka;
