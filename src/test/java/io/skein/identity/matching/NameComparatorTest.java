package io.skein.identity.matching;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static io.skein.identity.matching.NameComparator.Level.*;
import static org.assertj.core.api.Assertions.assertThat;

class NameComparatorTest {

	private final NameComparator given = NameComparator.givenName(Nicknames.standard());

	private final NameComparator family = NameComparator.familyName();

	@Test
	void levelsOfGivenNames() {
		assertThat(given.level(person("1", "Zoë", "x", null), person("2", "zoe", "x", null))).isEqualTo(EXACT);
		assertThat(given.level(person("1", "Robert", "x", null), person("2", "Bob", "x", null))).isEqualTo(ALIAS);
		assertThat(given.level(person("1", "Jonathon", "x", null), person("2", "Jonathan", "x", null)))
			.isEqualTo(FUZZY_HIGH);
		assertThat(given.level(person("1", "J", "x", null), person("2", "Joanna", "x", null))).isEqualTo(INITIAL);
		assertThat(given.level(person("1", "Marianne", "x", null), person("2", "Marion", "x", null)))
			.isEqualTo(FUZZY_LOW);
		assertThat(given.level(person("1", "Peter", "x", null), person("2", "Susan", "x", null))).isEqualTo(DIFFERENT);
		assertThat(given.level(person("1", null, "x", null), person("2", "Susan", "x", null))).isNull();
	}

	@Test
	void swappedGivenAndFamilyNames() {
		MatchRecord straight = person("1", "Isla", "Hall", null);
		MatchRecord swapped = person("2", "Hall", "Isla", null);
		assertThat(given.level(straight, swapped)).isEqualTo(SWAPPED);
		assertThat(family.level(straight, swapped)).isEqualTo(SWAPPED);
		// the given name landed in the family field and the given field is empty
		assertThat(family.level(person("1", "Isla", "Hall", null), person("2", null, "Isla", null)))
			.isEqualTo(SWAPPED);
	}

	@Test
	void oneLetterKeyedAsAnotherWhereverTheyDifferIsSubstituted() {
		assertThat(givenLevel("Havvy", "Harry")).isEqualTo(SUBSTITUTED);
		assertThat(givenLevel("Cunnur", "Connor")).isEqualTo(SUBSTITUTED);
		assertThat(family.level(person("1", "x", "Hicc", null), person("2", "x", "Hill", null))).isEqualTo(SUBSTITUTED);
		// two letters replaced by two others, or more than half the letters: names of relatives
		assertThat(givenLevel("Anna", "Emma")).isEqualTo(DIFFERENT);
		assertThat(givenLevel("Ann", "Add")).isEqualTo(DIFFERENT);
	}

	@Test
	void aNicknameKeyedWithOneSlipIsStillAnAlias() {
		assertThat(givenLevel("Hatt", "Matthew")).isEqualTo(ALIAS);
		assertThat(givenLevel("Jush", "Joshua")).isEqualTo(ALIAS);
		assertThat(givenLevel("Ella", "Isabella")).isEqualTo(ALIAS);
		// a known name is never taken for a slip of another's nickname: Neil is one letter from Nell (Eleanor)
		assertThat(givenLevel("Neil", "Eleanor")).isEqualTo(DIFFERENT);
	}

	private NameComparator.Level givenLevel(String left, String right) {
		return given.level(person("1", left, "x", null), person("2", right, "x", null));
	}

	@Test
	void aGivenNameLikeTheSharedFamilyNameIsNoSwap() {
		assertThat(given.level(person("1", "Ellie", "Ellis", null), person("2", "Skye", "Ellis", null)))
			.isEqualTo(DIFFERENT);
	}

	@Test
	void strayInnerSpaceIsStillExact() {
		assertThat(given.level(person("1", "elk i", "x", null), person("2", "elki", "x", null))).isEqualTo(EXACT);
	}

	@Test
	void familyNamesHaveNoNicknames() {
		assertThat(family.level(person("1", "x", "Bob", null), person("2", "x", "Robert", null))).isEqualTo(DIFFERENT);
	}

	@Test
	void missingIsReportedAsMissing() {
		assertThat(given.compare(person("1", null, "x", null), person("2", "Ann", "y", null)))
			.isEqualTo(AttributeComparator.MISSING);
	}

}
