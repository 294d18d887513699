package io.skein.identity.resolution;

import java.util.List;

import io.skein.identity.matching.ComparisonWeight;

/**
 * Why two records (or the best pair of records of two customers) are or are not one customer.
 *
 * @param left the left record (smaller id)
 * @param right the right record
 * @param band LINK, REVIEW or NONE under the current model
 * @param total the prior plus every comparison's weight
 * @param prior log2 prior odds
 * @param comparisons each attribute's level and weight
 * @param linked whether they belong to the same customer now
 * @param reasons why linked or not: bans, held merges, national ids, shared identifiers, the band
 */
public record MatchExplanation(RecordSummary left, RecordSummary right, String band, double total, double prior,
		List<ComparisonWeight> comparisons, boolean linked, List<String> reasons) {
}
