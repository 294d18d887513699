package io.skein.graph;

import java.util.Map;

import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached query plans are dropped once the store has grown past what they were made for, and only then: a store
 * that grew by less than half, or by fewer than {@link PlanRefresh#MIN_GROWTH_NODES} nodes, keeps its plans.
 */
@SkeinTest
class PlanRefreshTest {

	static final NamedQuery GROW = new NamedQuery("test/grow-store",
			"UNWIND range(1, $count) AS i CREATE (:PlanRefreshTest {i: i})");

	static final NamedQuery COUNT = new NamedQuery("test/count-grown",
			"MATCH (n:PlanRefreshTest) RETURN count(n) AS n");

	@Autowired
	Graph graph;

	@Autowired
	PlanRefresh plans;

	@Test
	void plansAreDroppedOnlyOnceTheStoreHasGrownEnough() {
		PlanRefresh.Size before = this.plans.size();
		long small = Math.max(1, (long) (before.nodes() * (PlanRefresh.GROWTH_FACTOR - 1)) - 1);
		this.graph.execute(GROW, Map.of("count", Math.min(small, PlanRefresh.MIN_GROWTH_NODES - 1)));
		countGrown();

		PlanRefresh.Outcome notYet = this.plans.refreshIfGrown(before, "A test");
		assertThat(notYet.refreshed()).as("grew too little").isFalse();
		assertThat(notYet.size()).isEqualTo(before);

		long enough = Math.max(PlanRefresh.MIN_GROWTH_NODES, before.nodes()) + 1;
		this.graph.execute(GROW, Map.of("count", enough));
		countGrown();
		PlanRefresh.Outcome grown = this.plans.refreshIfGrown(before, "A test");
		assertThat(grown.refreshed()).isTrue();
		assertThat(grown.message()).as("Neo4j dropped the plans it held").matches("Query caches successfully cleared of \\d+ queries\\.");
		assertThat(grown.size().nodes()).isGreaterThanOrEqualTo(before.nodes() + enough);

		PlanRefresh.Outcome again = this.plans.refreshIfGrown(grown.size(), "A test");
		assertThat(again.refreshed()).as("nothing grew since").isFalse();
	}

	private void countGrown() {
		assertThat(this.graph.query(COUNT, Map.of(), r -> r.get("n").asLong()).get(0)).isPositive();
	}

}
