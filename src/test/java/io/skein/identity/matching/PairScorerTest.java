package io.skein.identity.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairScorerTest {

	private final Comparators comparators = new Comparators(
			List.of(NameComparator.familyName(), new DateOfBirthComparator()));

	private final MatchModel model = new MatchModel(0.001,
			List.of(new AttributeWeights("familyName", NameComparator.familyName().levels(),
					List.of(0.8, 0.01, 0.1, 0.02, 0.01, 0.03, 0.01, 0.02), List.of(0.01, 0.001, 0.005, 0.002, 0.001, 0.01, 0.0001, 0.9709)),
					new AttributeWeights("dateOfBirth", new DateOfBirthComparator().levels(),
							List.of(0.9, 0.01, 0.04, 0.01, 0.005, 0.005, 0.03), List.of(0.001, 0.0001, 0.002, 0.0005, 0.01, 0.04, 0.9464))));

	private final PairScorer scorer = new PairScorer(comparators, model,
			TermFrequencies.of(List.of(), comparators), MatchThresholds.DEFAULT);

	@Test
	void explainsEveryAttributeAndAddsUp() {
		ScoredPair pair = scorer.score(person("2", "a", "Jones", "1970-01-02"), person("1", "b", "Jones", null));

		assertThat(pair.leftId()).isEqualTo("test:1");
		assertThat(pair.comparisons()).extracting(ComparisonWeight::attribute, ComparisonWeight::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("familyName", "EXACT"),
					org.assertj.core.groups.Tuple.tuple("dateOfBirth", "MISSING"));
		double sum = pair.priorWeight() + pair.comparisons().stream().mapToDouble(ComparisonWeight::weight).sum();
		assertThat(pair.total()).isCloseTo(sum, within(1e-9));
		assertThat(pair.explain()).contains("familyName", "EXACT", "dateOfBirth", "MISSING", "prior");
	}

	@Test
	void bandFollowsTheTotal() {
		ScoredPair same = scorer.score(person("1", "a", "Jones", "1970-01-02"), person("2", "a", "Jones", "1970-01-02"));
		ScoredPair different = scorer.score(person("1", "a", "Jones", "1970-01-02"),
				person("2", "a", "Okafor", "1988-05-30"));
		assertThat(same.band()).isEqualTo(Band.LINK);
		assertThat(different.band()).isEqualTo(Band.NONE);
	}

	@Test
	void scoreDoesNotDependOnArgumentOrder() {
		MatchRecord a = person("1", "a", "Jones", "1970-01-02");
		MatchRecord b = person("2", "a", "Jonas", "1970-02-01");
		assertThat(scorer.score(a, b)).isEqualTo(scorer.score(b, a));
	}

	@Test
	void aNameAloneContradictedByAContactNeverLinksHoweverRareItIs() {
		// a surname so rare that agreeing on it outweighs the prior; two different e-mail addresses
		Comparators withEmail = new Comparators(
				List.of(NameComparator.familyName(), new DateOfBirthComparator(), new EmailComparator()));
		MatchModel rareName = new MatchModel(0.001,
				List.of(new AttributeWeights("familyName", NameComparator.familyName().levels(),
						List.of(0.8, 0.01, 0.1, 0.02, 0.01, 0.03, 0.01, 0.02), List.of(1e-7, 0.001, 0.005, 0.002, 0.001, 0.01, 0.0001, 0.980799)),
						this.model.attribute(1), new AttributeWeights("email", new EmailComparator().levels(),
								List.of(0.7, 0.05, 0.05, 0.2), List.of(0.0001, 0.001, 0.01, 0.9889))));
		PairScorer scorer = new PairScorer(withEmail, rareName, TermFrequencies.of(List.of(), withEmail),
				MatchThresholds.DEFAULT);

		ScoredPair namesakes = scorer.score(named("1", "zwolinski.a@example.org", null), named("2", "kz@example.net", null));
		ScoredPair noContact = scorer.score(named("1", null, null), named("2", "kz@example.net", null));
		ScoredPair sameBirthDate = scorer.score(named("1", "zwolinski.a@example.org", "1970-01-02"),
				named("2", "kz@example.net", "1970-01-02"));

		assertThat(namesakes.total()).isGreaterThan(MatchThresholds.DEFAULT.link());
		assertThat(namesakes.band()).isEqualTo(Band.REVIEW);
		assertThat(noContact.band()).as("nothing contradicts the name: the weights decide").isEqualTo(Band.LINK);
		assertThat(sameBirthDate.band()).isEqualTo(Band.LINK);
	}

	private static MatchRecord named(String id, String email, String dob) {
		return MatchRecord.of(new io.skein.ingest.RecordInput("test", id, "kasia", null, "Zwolinski", null, dob, null,
				email, null, null, null, null, null));
	}

	@Test
	void scoringFromKnownLevelsGivesTheSameScore() {
		List<MatchRecord> people = List.of(person("1", "a", "Jones", "1970-01-02"), person("2", "a", "Jonas", "1970-02-01"),
				person("3", "a", "Jones", null), person("4", "a", "Okafor", "1988-05-30"));
		for (MatchRecord left : people) {
			for (MatchRecord right : people) {
				if (left.id().compareTo(right.id()) < 0) {
					assertThat(scorer.score(left, right, comparators.compare(left, right)))
						.isEqualTo(scorer.score(right, left));
				}
			}
		}
	}

	@Test
	void knownLevelsMustBeInIdOrder() {
		MatchRecord a = person("1", "a", "Jones", "1970-01-02");
		MatchRecord b = person("2", "a", "Jonas", "1970-02-01");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> scorer.score(b, a, comparators.compare(b, a)));
	}

}
