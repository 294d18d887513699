package io.skein.identity.matching;

/** Compares e-mail addresses: whole address, the part before {@code @}, or a near miss (typo). */
public final class EmailComparator extends LevelledComparator<EmailComparator.Level> {

	public enum Level {

		EXACT,
		/** Same mailbox name at another domain. */
		SAME_LOCAL_PART,
		/** A typo or two: Jaro-Winkler at least {@value EmailComparator#FUZZY}. */
		FUZZY, DIFFERENT

	}

	static final double FUZZY = 0.90;

	public EmailComparator() {
		super("email", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		String a = left.email();
		String b = right.email();
		if (a == null || b == null) {
			return null;
		}
		if (a.equals(b)) {
			return Level.EXACT;
		}
		if (localPart(a).equals(localPart(b))) {
			return Level.SAME_LOCAL_PART;
		}
		return Similarity.jaroWinkler(a, b) >= FUZZY ? Level.FUZZY : Level.DIFFERENT;
	}

	static String localPart(String email) {
		return email.substring(0, email.indexOf('@'));
	}

}
