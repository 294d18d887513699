/**
 * The demo bank: a deterministic generator of dirty customer records, six months of behavioural events
 * and the truth behind them (who is who, who is pursuing what), written as the NDJSON that ingestion
 * reads. Owns {@code seed-data/} and the {@code generate} command; depends only on the ingest contract.
 */
package io.skein.demo;
