package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The blob guard: one strong link between two otherwise unrelated groups does not merge them. */
class GuardedClustererTest {

	private static final MatchThresholds THRESHOLDS = new MatchThresholds(1.0, -4.0);

	private static ScoredPair edge(String a, String b, double total) {
		return new ScoredPair(new RecordPair(a, b), THRESHOLDS.band(total), total, 0, List.of());
	}

	@Test
	void aWeakBridgeBetweenTwoTightGroupsIsHeldForReview() {
		Set<String> groupA = Set.of("a1", "a2", "a3");
		Set<String> groupB = Set.of("b1", "b2", "b3");
		List<ScoredPair> pairs = new ArrayList<>(List.of(edge("a1", "a2", 15), edge("a1", "a3", 14),
				edge("a2", "a3", 13), edge("b1", "b2", 15), edge("b1", "b3", 14), edge("b2", "b3", 13),
				edge("a1", "b1", 6)));
		// every other cross pair is clearly two different people
		PairScores onDemand = (x, y) -> -20;

		Clustering clustering = new GuardedClusterer(0.0, 25).cluster(Set.of("a1", "a2", "a3", "b1", "b2", "b3"),
				pairs, onDemand);

		assertThat(clustering.clusters()).containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
		assertThat(clustering.heldForReview()).singleElement().satisfies(held -> {
			assertThat(held.reason()).isEqualTo(HeldMerge.Reason.WEAK_BRIDGE);
			assertThat(held.edge().pair()).isEqualTo(new RecordPair("a1", "b1"));
			assertThat(held.crossLinkAverage()).isEqualTo((6 - 20 * 8) / 9.0);
		});
		assertThat(groupA).hasSize(3);
		assertThat(groupB).hasSize(3);
	}

	@Test
	void theSameBridgeMergesWhenTheGroupsAgreeOnAverage() {
		List<ScoredPair> pairs = List.of(edge("a1", "a2", 15), edge("b1", "b2", 15), edge("a1", "b1", 6));
		Map<RecordPair, Double> others = Map.of(new RecordPair("a1", "b2"), 3.0, new RecordPair("a2", "b1"), 2.0,
				new RecordPair("a2", "b2"), 1.0);

		Clustering clustering = new GuardedClusterer(0.0, 25).cluster(Set.of("a1", "a2", "b1", "b2"), pairs,
				(x, y) -> others.get(new RecordPair(x, y)));

		assertThat(clustering.clusters()).containsExactly(List.of("a1", "a2", "b1", "b2"));
		assertThat(clustering.heldForReview()).isEmpty();
	}

	@Test
	void aMergePastTheSizeLimitGoesToReview() {
		List<ScoredPair> chain = List.of(edge("r1", "r2", 20), edge("r2", "r3", 19), edge("r3", "r4", 18));

		Clustering clustering = new GuardedClusterer(0.0, 3).cluster(Set.of("r1", "r2", "r3", "r4"), chain,
				(x, y) -> 20);

		assertThat(clustering.clusters()).containsExactly(List.of("r1", "r2", "r3"), List.of("r4"));
		assertThat(clustering.heldForReview()).singleElement()
			.extracting(HeldMerge::reason)
			.isEqualTo(HeldMerge.Reason.TOO_LARGE);
	}

	@Test
	void onlyLinkBandPairsProposeMerges() {
		Clustering clustering = new GuardedClusterer(-100, 25).cluster(Set.of("x", "y"), List.of(edge("x", "y", 0.5)),
				(a, b) -> 0.5);
		assertThat(clustering.clusters()).containsExactly(List.of("x"), List.of("y"));
	}

}
