package io.skein.identity.matching;

/** Compares recorded gender (normalised to m / f; anything else counts as missing). */
public final class GenderComparator extends LevelledComparator<GenderComparator.Level> {

	public enum Level {

		SAME, DIFFERENT

	}

	public GenderComparator() {
		super("gender", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		if (left.gender() == null || right.gender() == null) {
			return null;
		}
		return left.gender().equals(right.gender()) ? Level.SAME : Level.DIFFERENT;
	}

}
