package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

class TermFrequencyTest {

	private final Comparators comparators = new Comparators(List.of(NameComparator.familyName()));

	// m and u of the levels EXACT, ALIAS, FUZZY_HIGH, SWAPPED, INITIAL, FUZZY_LOW, SUBSTITUTED, DIFFERENT
	private final MatchModel model = new MatchModel(0.001, List.of(new AttributeWeights("familyName",
			NameComparator.familyName().levels(), List.of(0.8, 0.01, 0.1, 0.02, 0.01, 0.03, 0.01, 0.02),
			List.of(0.01, 0.001, 0.005, 0.002, 0.001, 0.01, 0.0001, 0.9709))));

	@Test
	void aSharedRareSurnameOutweighsASharedCommonOne() {
		List<MatchRecord> records = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			records.add(person("smith-" + i, "a", "Smith", null));
		}
		records.add(person("rare-1", "a", "Zabrowski", null));
		records.add(person("rare-2", "a", "Zabrowski", null));
		for (int i = 0; i < 58; i++) {
			records.add(person("other-" + i, "a", "Name" + (char) ('a' + i % 26) + i, null));
		}
		PairScorer scorer = new PairScorer(comparators, model, TermFrequencies.of(records, comparators),
				MatchThresholds.DEFAULT);

		ComparisonWeight common = scorer.score(records.get(0), records.get(1)).comparisons().get(0);
		ComparisonWeight rare = scorer.score(records.get(40), records.get(41)).comparisons().get(0);

		assertThat(common.termFrequency()).isEqualTo(0.40);
		assertThat(rare.termFrequency()).isEqualTo(0.02);
		assertThat(rare.weight()).isGreaterThan(common.weight() + 4);
		// log2(0.8 / 0.02) and log2(0.8 / 0.4)
		assertThat(rare.weight()).isCloseTo(5.32, org.assertj.core.api.Assertions.within(0.01));
		assertThat(common.weight()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.01));
	}

	@Test
	void aValueNeverCountedFallsBackToTheModelsU() {
		PairScorer scorer = new PairScorer(comparators, model, TermFrequencies.of(List.of(), comparators),
				MatchThresholds.DEFAULT);
		ComparisonWeight line = scorer.score(person("1", "a", "Smith", null), person("2", "a", "Smith", null))
			.comparisons()
			.get(0);
		assertThat(line.termFrequency()).isNull();
		assertThat(line.weight()).isCloseTo(model.attribute(0).weight(0), org.assertj.core.api.Assertions.within(1e-9));
	}

}
