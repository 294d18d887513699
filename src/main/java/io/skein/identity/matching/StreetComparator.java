package io.skein.identity.matching;

import java.util.List;

/**
 * Compares street address lines (line1 and line2 together) by token similarity, so reordered, dropped or
 * mistyped tokens still agree partly.
 */
public final class StreetComparator extends LevelledComparator<StreetComparator.Level> {

	public enum Level {

		EXACT, VERY_SIMILAR, SIMILAR, DIFFERENT

	}

	static final double VERY_SIMILAR = 0.90;

	static final double SIMILAR = 0.75;

	public StreetComparator() {
		super("street", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		if (left.street() == null || right.street() == null) {
			return null;
		}
		if (left.street().equals(right.street())) {
			return Level.EXACT;
		}
		// already folded and single-spaced by MatchRecord
		List<String> a = List.of(left.street().split(" "));
		List<String> b = List.of(right.street().split(" "));
		double similarity = Similarity.tokens(a, b, SIMILAR);
		if (similarity >= VERY_SIMILAR) {
			return Level.VERY_SIMILAR;
		}
		return similarity >= SIMILAR ? Level.SIMILAR : Level.DIFFERENT;
	}

}
