package io.skein.nba;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Co-holding counts and the naive-Bayes estimate built on them, on a hand-counted bank of 100. */
class CoHoldingStatsTest {

	/**
	 * 100 customers, all with SAVINGS: 20 hold HOME_LOAN, 12 of them also HOME_INSURANCE; 4 of the other
	 * 80 hold HOME_INSURANCE. 30 are in segment young, 3 of them with HOME_LOAN. TRAVEL_INSURANCE: nobody.
	 */
	static CoHoldingStats bank() {
		List<CoHoldingStats.Holder> holders = new ArrayList<>();
		for (int n = 0; n < 100; n++) {
			List<String> products = new ArrayList<>(List.of("SAVINGS"));
			if (n < 20) {
				products.add("HOME_LOAN");
			}
			if (n < 12 || n >= 20 && n < 24) {
				products.add("HOME_INSURANCE");
			}
			List<String> signals = new ArrayList<>(products);
			if (n >= 17 && n < 47) {
				signals.add("segment:young");
			}
			holders.add(new CoHoldingStats.Holder(products, signals));
		}
		return new CoHoldingStats(holders);
	}

	@Test
	void countsHoldersPairsAndRates() {
		CoHoldingStats stats = bank();
		assertThat(stats.customers()).isEqualTo(100);
		assertThat(stats.holders("HOME_LOAN")).isEqualTo(20);
		assertThat(stats.both("HOME_LOAN", "HOME_INSURANCE")).isEqualTo(12);
		assertThat(stats.both("segment:young", "HOME_LOAN")).isEqualTo(3);
		assertThat(stats.baseRate("HOME_INSURANCE")).isEqualTo(0.16);
		assertThat(stats.given("HOME_LOAN", "HOME_INSURANCE", 0)).isEqualTo(0.6);
		// smoothed towards the base rate by five pseudo-customers: (12 + 5 x 0.16) / 25
		assertThat(stats.given("HOME_LOAN", "HOME_INSURANCE", 5)).isCloseTo(0.512, within(1e-9));
	}

	@Test
	void aSignalThatHoldersOfTheProductShowMoreOftenRaisesTheEstimate() {
		CoHoldingStats stats = bank();
		double withLoan = stats.estimate(Set.of("SAVINGS", "HOME_LOAN"), "HOME_INSURANCE", 5, 10).probability();
		double without = stats.estimate(Set.of("SAVINGS"), "HOME_INSURANCE", 5, 10).probability();
		assertThat(withLoan).isGreaterThan(0.4).isLessThan(0.7);
		assertThat(without).isCloseTo(0.16, within(0.01));
		assertThat(stats.weight("HOME_LOAN", "HOME_INSURANCE", 5)).isPositive();
		// Young customers hold fewer home loans than others, yet that never counts against one.
		assertThat(stats.weight("segment:young", "HOME_LOAN", 5)).isNegative();
		CoHoldingStats.Estimate young = stats.estimate(Set.of("SAVINGS", "segment:young"), "HOME_LOAN", 5, 10);
		assertThat(young.probability()).isCloseTo(stats.baseRate("HOME_LOAN"), within(1e-9));
		assertThat(young.evidence()).isEmpty();
	}

	@Test
	void theEstimateIsTheBaseOddsTimesTheRatioOfEachSignalThatRaisesIt() {
		CoHoldingStats stats = bank();
		// Everybody holds SAVINGS (no information); young customers hold HOME_INSURANCE less often (left out).
		CoHoldingStats.Estimate e = stats.estimate(Set.of("SAVINGS", "HOME_LOAN", "segment:young"), "HOME_INSURANCE", 5, 10);
		assertThat(e.evidence()).extracting(CoHoldingStats.Evidence::signal).containsExactly("HOME_LOAN");
		// By hand: 16 insured, 20 with a loan, 12 both, 100 customers; 5 pseudo-customers at P(loan) = 0.2.
		// P(loan | insured) = (12 + 1) / (16 + 5), P(loan | not insured) = (8 + 1) / (84 + 5).
		double weight = Math.log((13.0 / 21) / (9.0 / 89));
		assertThat(stats.weight("HOME_LOAN", "HOME_INSURANCE", 5)).isCloseTo(weight, within(1e-12));
		double logOdds = Math.log(0.16 / 0.84) + weight;
		assertThat(e.probability()).isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-12));
		assertThat(e.evidence().get(0).holdersOfSignal()).isEqualTo(20);
		assertThat(e.evidence().get(0).holdersOfBoth()).isEqualTo(12);
		CoHoldingStats.Estimate twice = stats.estimate(Set.of("HOME_LOAN", "segment:old"), "HOME_INSURANCE", 5, 10);
		assertThat(twice.probability()).isEqualTo(e.probability());
	}

	@Test
	void rareSignalsAreLeftOutAndUnheldProductsScoreNothing() {
		CoHoldingStats stats = bank();
		assertThat(stats.estimate(Set.of("HOME_LOAN"), "HOME_INSURANCE", 5, 21).evidence()).isEmpty();
		assertThat(stats.estimate(Set.of("HOME_LOAN"), "TRAVEL_INSURANCE", 5, 10).probability()).isZero();
		double everybody = stats.estimate(Set.of("HOME_LOAN"), "SAVINGS", 5, 10).probability();
		assertThat(everybody).isGreaterThan(0.99).isLessThan(1.0);
	}

}
