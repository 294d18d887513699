package io.skein.identity.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Base of comparators whose levels are an enum, best agreement first; {@link #level} answers null when a
 * value is missing.
 */
abstract class LevelledComparator<L extends Enum<L>> implements AttributeComparator {

	private final String attribute;

	private final List<String> levels;

	LevelledComparator(String attribute, Class<L> levelType) {
		this.attribute = attribute;
		this.levels = Arrays.stream(levelType.getEnumConstants()).map(Enum::name).toList();
	}

	/** The agreement level of the two records, or null when either lacks the value. */
	public abstract L level(MatchRecord left, MatchRecord right);

	@Override
	public final String attribute() {
		return this.attribute;
	}

	@Override
	public final List<String> levels() {
		return this.levels;
	}

	@Override
	public final int compare(MatchRecord left, MatchRecord right) {
		L level = level(left, right);
		return level == null ? MISSING : level.ordinal();
	}

}
