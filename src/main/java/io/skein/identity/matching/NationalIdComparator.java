package io.skein.identity.matching;

/** Compares national identifiers (SSN, NINO, tax id): exact, or one keying error apart. */
public final class NationalIdComparator extends LevelledComparator<NationalIdComparator.Level> {

	public enum Level {

		EXACT,
		/** One character wrong, missing or extra, or two neighbours swapped. */
		ONE_EDIT, DIFFERENT

	}

	public NationalIdComparator() {
		super("nationalId", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		String a = left.nationalId();
		String b = right.nationalId();
		if (a == null || b == null) {
			return null;
		}
		if (a.equals(b)) {
			return Level.EXACT;
		}
		if (left.nationalIdVariants() != null && right.nationalIdVariants() != null) {
			// digests only: one deletion each away from a common string (a substitution, a swap of
			// neighbours, or one character missing or extra)
			return left.nationalIdVariants().stream().anyMatch(right.nationalIdVariants()::contains) ? Level.ONE_EDIT
					: Level.DIFFERENT;
		}
		return Similarity.withinOneEdit(a, b) ? Level.ONE_EDIT : Level.DIFFERENT;
	}

	/**
	 * The variants of a record's national id: the stored digests when the record carries them, else the raw
	 * id and each one-character deletion of it. Two ids sharing a variant are at most one keying error apart.
	 */
	public static java.util.Set<String> variants(MatchRecord record) {
		if (record.nationalIdVariants() != null) {
			return record.nationalIdVariants();
		}
		String id = record.nationalId();
		java.util.Set<String> variants = new java.util.HashSet<>();
		variants.add(id);
		for (int i = 0; i < id.length(); i++) {
			variants.add(id.substring(0, i) + id.substring(i + 1));
		}
		return variants;
	}

}
