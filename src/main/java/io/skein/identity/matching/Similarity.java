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
	 * Symmetric Monge-Elkan similarity of two token lists: each token's best Jaro-Winkler match on the other
	 * side, averaged, then the two directions averaged. Robust to reordered or dropped tokens.
	 */
	static double tokens(List<String> left, List<String> right) {
		return (directed(left, right) + directed(right, left)) / 2;
	}

	private static double directed(List<String> from, List<String> to) {
		double sum = 0;
		for (String token : from) {
			double best = 0;
			for (String other : to) {
				best = Math.max(best, jaroWinkler(token, other));
			}
			sum += best;
		}
		return sum / from.size();
	}

}
