package io.skein.identity.matching;

import java.util.List;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The string measures comparators share, from commons-text. */
final class Similarity {

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();

	private Similarity() {
	}

	static double jaroWinkler(String left, String right) {
		return JARO_WINKLER.apply(left, right);
	}

	/** Edits (insert, delete, substitute, swap two neighbours) between the two strings. */
	static int edits(String left, String right) {
		return DAMERAU.apply(left, right);
	}

	/**
	 * Whether {@link #edits} is at most one, in one pass and without the distance matrix: equal, one
	 * character substituted, inserted or deleted, or two neighbours swapped. Every comparator asks only this,
	 * for every candidate pair, so it is on real-time resolution's hot path.
	 */
	static boolean withinOneEdit(String left, String right) {
		if (left.equals(right)) {
			return true;
		}
		int leftLength = left.length();
		int rightLength = right.length();
		if (leftLength == rightLength) {
			int first = -1;
			int second = -1;
			for (int i = 0; i < leftLength; i++) {
				if (left.charAt(i) != right.charAt(i)) {
					if (first < 0) {
						first = i;
					}
					else if (second < 0) {
						second = i;
					}
					else {
						return false;
					}
				}
			}
			return second < 0 || (second == first + 1 && left.charAt(first) == right.charAt(second)
					&& left.charAt(second) == right.charAt(first));
		}
		if (Math.abs(leftLength - rightLength) > 1) {
			return false;
		}
		String shorter = leftLength < rightLength ? left : right;
		String longer = shorter == left ? right : left;
		int same = 0;
		while (same < shorter.length() && shorter.charAt(same) == longer.charAt(same)) {
			same++;
		}
		return shorter.regionMatches(same, longer, same + 1, shorter.length() - same);
	}

	/** Positions at which two strings of the same length differ (Hamming distance); -1 for different lengths. */
	static int substitutions(String left, String right) {
		if (left.length() != right.length()) {
			return -1;
		}
		int differ = 0;
		for (int i = 0; i < left.length(); i++) {
			differ += left.charAt(i) == right.charAt(i) ? 0 : 1;
		}
		return differ;
	}

	/**
	 * Whether two names of the same length differ only where one letter of the first stands for one other
	 * letter of the second, at two or more places and at no more than half of them ("havvy" / "harry":
	 * r keyed as v twice): a misread or mis-keyed letter repeats through a word, while two names of relatives
	 * ("anna" / "emma") differ by several letters.
	 */
	static boolean oneLetterReplaced(String left, String right) {
		if (left.length() != right.length()) {
			return false;
		}
		char from = 0;
		char to = 0;
		int differ = 0;
		for (int i = 0; i < left.length(); i++) {
			char a = left.charAt(i);
			char b = right.charAt(i);
			if (a == b) {
				continue;
			}
			if (differ > 0 && (a != from || b != to)) {
				return false;
			}
			from = a;
			to = b;
			differ++;
		}
		return differ >= 2 && differ * 2 <= left.length();
	}

	/**
	 * Symmetric Monge-Elkan similarity of two token lists: each token's best Jaro-Winkler match on the other
	 * side, averaged, then the two directions averaged. Robust to reordered or dropped tokens.
	 */
	static double tokens(List<String> left, List<String> right) {
		return (directed(left, right) + directed(right, left)) / 2;
	}

	/**
	 * {@link #tokens}, or a value below {@code floor} as soon as one direction shows the similarity cannot
	 * reach it (the other direction is at most 1): most candidate pairs are different people at different
	 * streets, and the second direction's Jaro-Winkler calls are then skipped.
	 */
	static double tokens(List<String> left, List<String> right, double floor) {
		double one = directed(left, right);
		double bound = (one + 1) / 2;
		return bound < floor ? bound : (one + directed(right, left)) / 2;
	}

	private static double directed(List<String> from, List<String> to) {
		double sum = 0;
		for (String token : from) {
			// a token present on the other side scores 1, as Jaro-Winkler of equal strings does, without the calls
			if (to.contains(token)) {
				sum += 1;
				continue;
			}
			double best = 0;
			for (String other : to) {
				best = Math.max(best, jaroWinkler(token, other));
			}
			sum += best;
		}
		return sum / from.size();
	}

}
