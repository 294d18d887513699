package io.skein.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each value of a term-frequency-adjusted attribute occurs (surname "smith" versus
 * "vanderbilt"). The relative frequency of the shared value replaces u at an exact agreement, so a common
 * surname weighs less than a rare one.
 *
 * @param counts attribute to (term to number of records with it)
 * @param totals attribute to number of records with any term
 */
public record TermFrequencies(Map<String, Map<String, Long>> counts, Map<String, Long> totals) {

	public static TermFrequencies of(List<MatchRecord> records, Comparators comparators) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		Map<String, Long> totals = new HashMap<>();
		for (AttributeComparator comparator : comparators.all()) {
			for (MatchRecord record : records) {
				String term = comparator.term(record);
				if (term != null) {
					counts.computeIfAbsent(comparator.attribute(), a -> new HashMap<>()).merge(term, 1L, Long::sum);
					totals.merge(comparator.attribute(), 1L, Long::sum);
				}
			}
		}
		return new TermFrequencies(counts, totals);
	}

	/** How many records hold {@code term}, 0 when it was never counted. */
	public long count(String attribute, String term) {
		return term == null ? 0 : this.counts.getOrDefault(attribute, Map.of()).getOrDefault(term, 0L);
	}

	/** Relative frequency of {@code term}, or null when the attribute or term was never counted. */
	public Double frequency(String attribute, String term) {
		Long count = this.counts.getOrDefault(attribute, Map.of()).get(term);
		Long total = this.totals.get(attribute);
		return count == null || total == null ? null : (double) count / total;
	}

}
