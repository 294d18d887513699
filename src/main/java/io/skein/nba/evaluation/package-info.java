/**
 * Offline evaluation of next-best offers: hide one holding per customer in a generated bank, ingest the
 * rest, and count how often the hidden product is among the top three offers, against a popularity
 * baseline.
 */
package io.skein.nba.evaluation;
