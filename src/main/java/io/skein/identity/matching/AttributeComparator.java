package io.skein.identity.matching;

import java.util.List;

/**
 * Compares one attribute of two records and answers a discrete agreement level: an index into
 * {@link #levels()}, best agreement first and plain disagreement last, or {@link #MISSING} when either
 * side lacks the value (a missing value is no evidence either way and weighs 0).
 */
public interface AttributeComparator {

	int MISSING = -1;

	/** Name of the attribute, as shown in explanations. */
	String attribute();

	/** Level names, best agreement first. */
	List<String> levels();

	int compare(MatchRecord left, MatchRecord right);

	/**
	 * The value whose frequency should replace the random-agreement probability (term-frequency adjustment)
	 * when both records agree exactly on it at {@code level}; null when the level is not such an agreement.
	 */
	default String agreedTerm(MatchRecord left, MatchRecord right, int level) {
		return null;
	}

	/** The value counted for term frequencies of this attribute, or null when it has none. */
	default String term(MatchRecord record) {
		return null;
	}

}
