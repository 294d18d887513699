package io.skein.identity.matching;

import java.util.function.Function;

/**
 * Compares the given names or the family names of two records. A name that matches the other record's
 * other name part is {@code SWAPPED} (given and family entered the wrong way round); a lone letter that
 * starts the other name is {@code INITIAL}; nicknames come from {@link Nicknames} (given names only).
 */
public final class NameComparator extends LevelledComparator<NameComparator.Level> {

	public enum Level {

		EXACT, ALIAS, FUZZY_HIGH, SWAPPED, INITIAL, FUZZY_LOW,
		/** One letter keyed as another wherever they differ ({@link Similarity#oneLetterReplaced}). */
		SUBSTITUTED, DIFFERENT

	}

	static final double HIGH = 0.92;

	static final double LOW = 0.80;

	private final Function<MatchRecord, String> part;

	private final Function<MatchRecord, String> otherPart;

	private final Nicknames nicknames;

	private NameComparator(String attribute, Function<MatchRecord, String> part,
			Function<MatchRecord, String> otherPart, Nicknames nicknames) {
		super(attribute, Level.class);
		this.part = part.andThen(NameComparator::compact);
		this.otherPart = otherPart.andThen(NameComparator::compact);
		this.nicknames = nicknames;
	}

	public static NameComparator givenName(Nicknames nicknames) {
		return new NameComparator("givenName", MatchRecord::givenName, MatchRecord::familyName, nicknames);
	}

	public static NameComparator familyName() {
		return new NameComparator("familyName", MatchRecord::familyName, MatchRecord::givenName, null);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		String a = this.part.apply(left);
		String b = this.part.apply(right);
		if (a == null || b == null) {
			return swapped(left, right) ? Level.SWAPPED : null;
		}
		if (a.equals(b)) {
			return Level.EXACT;
		}
		if (this.nicknames != null && this.nicknames.areAliases(a, b)) {
			return Level.ALIAS;
		}
		double similarity = Similarity.jaroWinkler(a, b);
		if (similarity >= HIGH) {
			return Level.FUZZY_HIGH;
		}
		if (swapped(left, right)) {
			return Level.SWAPPED;
		}
		if (isInitialOf(a, b) || isInitialOf(b, a)) {
			return Level.INITIAL;
		}
		if (this.nicknames != null && this.nicknames.areAliasesWithTypo(a, b)) {
			return Level.ALIAS;
		}
		// one keying error in a short name ("mia" / "hia") drops Jaro-Winkler below LOW but is still a typo
		if (similarity >= LOW || Similarity.withinOneEdit(a, b)) {
			return Level.FUZZY_LOW;
		}
		return Similarity.oneLetterReplaced(a, b) ? Level.SUBSTITUTED : Level.DIFFERENT;
	}

	/**
	 * This part of one record is (nearly) the other part of the other record. Never when the other parts are
	 * equal: a given name like the shared family name ("ellie" beside "ellis") was not entered in its place.
	 */
	private boolean swapped(MatchRecord left, MatchRecord right) {
		String otherLeft = this.otherPart.apply(left);
		if (otherLeft != null && otherLeft.equals(this.otherPart.apply(right))) {
			return false;
		}
		return close(this.part.apply(left), this.otherPart.apply(right))
				|| close(this.part.apply(right), this.otherPart.apply(left));
	}

	private static boolean close(String a, String b) {
		return a != null && b != null && a.length() > 1 && b.length() > 1 && Similarity.jaroWinkler(a, b) >= HIGH;
	}

	private static boolean isInitialOf(String initial, String name) {
		return initial.length() == 1 && name.charAt(0) == initial.charAt(0);
	}

	@Override
	public String term(MatchRecord record) {
		return this.part.apply(record);
	}

	@Override
	public String agreedTerm(MatchRecord left, MatchRecord right, int level) {
		return level == Level.EXACT.ordinal() ? term(left) : null;
	}

	/** Stray spaces inside a name ("elk i") are typing noise, not separate tokens. */
	private static String compact(String name) {
		return name == null ? null : name.replace(" ", "");
	}

}
