/**
 * The file side of ingestion, as commands: {@code import} reads NDJSON and mapped CSV line by line into {@link io.skein.ingest.IngestService}, the same single entry point
 * GraphQL uses, and reports what happened per line; {@code export-clusters} writes every source record
 * with its current customer as CSV. Both run against the embedded store or an external Neo4j alike.
 */
package io.skein.ingest.cli;
