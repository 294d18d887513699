/**
 * Scoring purpose discovery (and, through {@link io.skein.purpose.evaluation.GeneratedBank}, next-best
 * offers) against a bank generated with its truth: generate into a temporary directory, ingest through
 * {@code IngestService}, compare with {@code truth/purposes.csv}.
 */
package io.skein.purpose.evaluation;
