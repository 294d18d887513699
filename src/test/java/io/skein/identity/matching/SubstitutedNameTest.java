package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A given name keyed with one letter replaced ({@code SUBSTITUTED}) links only when one of the two names is
 * a rare variant of the other among all records ("havvy" once beside many a "harry"); twins with two
 * established names one letter pair apart ("ella", "emma") sharing a surname, a birth date and an address
 * stay apart, whatever the score.
 */
class SubstitutedNameTest {

	private final Comparators comparators = new Comparators(
			List.of(NameComparator.givenName(Nicknames.standard()), NameComparator.familyName(), new DateOfBirthComparator()));

	// given and family name levels: EXACT, ALIAS, FUZZY_HIGH, SWAPPED, INITIAL, FUZZY_LOW, SUBSTITUTED, DIFFERENT
	private final MatchModel model = new MatchModel(0.0001, List.of(
			new AttributeWeights("givenName", NameComparator.givenName(null).levels(),
					List.of(0.8, 0.02, 0.05, 0.01, 0.01, 0.05, 0.02, 0.04),
					List.of(0.005, 0.002, 0.001, 0.001, 0.001, 0.005, 0.0002, 0.9858)),
			new AttributeWeights("familyName", NameComparator.familyName().levels(),
					List.of(0.8, 0.01, 0.05, 0.01, 0.01, 0.05, 0.02, 0.05),
					List.of(0.01, 0.001, 0.002, 0.001, 0.001, 0.005, 0.0002, 0.9798)),
			new AttributeWeights("dateOfBirth", new DateOfBirthComparator().levels(),
					List.of(0.9, 0.01, 0.04, 0.01, 0.005, 0.005, 0.03),
					List.of(0.0002, 0.0001, 0.002, 0.0005, 0.01, 0.04, 0.9472))));

	private PairScorer scorerOver(List<MatchRecord> population) {
		return new PairScorer(this.comparators, this.model, TermFrequencies.of(population, this.comparators),
				MatchThresholds.DEFAULT);
	}

	private static List<MatchRecord> population() {
		List<MatchRecord> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(person("ella-" + i, "Ella", "Other" + i, null));
			people.add(person("emma-" + i, "Emma", "Other" + i, null));
			people.add(person("harry-" + i, "Harry", "Other" + i, null));
		}
		return people;
	}

	@Test
	void aRareVariantOfACommonNameLinks() {
		MatchRecord harry = person("1", "Harry", "Mills", "1924-07-11");
		MatchRecord typo = person("2", "Havvy", "Mills", "1924-07-11");
		List<MatchRecord> people = new ArrayList<>(population());
		people.addAll(List.of(harry, typo));

		ScoredPair pair = scorerOver(people).score(harry, typo);

		assertThat(pair.comparisons().get(0).level()).isEqualTo("SUBSTITUTED");
		assertThat(pair.band()).isEqualTo(Band.LINK);
	}

	@Test
	void twinsWithTwoEstablishedNamesStayApart() {
		MatchRecord ella = person("1", "Ella", "Mills", "2006-12-25", "1 High St", "SW84 4YY", null);
		MatchRecord emma = person("2", "Emma", "Mills", "2006-12-25", "1 High St", "SW84 4YY", null);
		List<MatchRecord> people = new ArrayList<>(population());
		people.addAll(List.of(ella, emma));

		ScoredPair pair = scorerOver(people).score(ella, emma);

		assertThat(pair.comparisons().get(0).level()).isEqualTo("SUBSTITUTED");
		assertThat(pair.total()).as("the score alone would link them").isGreaterThan(MatchThresholds.DEFAULT.link());
		assertThat(pair.band()).isEqualTo(Band.REVIEW);
	}

	@Test
	void withoutCountsASubstitutedNameIsAConflict() {
		MatchRecord harry = person("1", "Harry", "Mills", "1924-07-11");
		MatchRecord typo = person("2", "Havvy", "Mills", "1924-07-11");

		ScoredPair pair = scorerOver(List.of()).score(harry, typo);

		assertThat(pair.total()).isGreaterThan(MatchThresholds.DEFAULT.link());
		assertThat(pair.band()).isEqualTo(Band.REVIEW);
	}

}
