package io.skein.graph;

import java.util.Map;

import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read started under a request's deadline is stopped by Neo4j when the deadline passes, instead of
 * running on after the request has been answered (finding 1 of issue 13).
 */
@SkeinTest
class QueryDeadlineTest {

	/** Minutes of work for the database if nothing stops it. */
	static final NamedQuery SLOW = new NamedQuery("test/slow-read",
			"UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7919 = 7920 RETURN count(x) AS n");

	@Autowired
	Graph graph;

	@Test
	void aRunningReadIsStoppedWhenTheDeadlinePasses() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> QueryDeadline.within(start + 300_000_000L,
				() -> this.graph.read(tx -> tx.run(SLOW, Map.of()))))
			.isInstanceOf(QueryDeadline.Passed.class);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(millis).as("stopped after ms").isLessThan(5_000);
	}

	@Test
	void aReadOutsideAnyDeadlineIsUnbounded() throws Exception {
		NamedQuery quick = new NamedQuery("test/quick-read", "RETURN 1 AS n");
		assertThat(this.graph.read(tx -> tx.run(quick, Map.of())).get(0).get("n").asInt()).isEqualTo(1);
		assertThat(QueryDeadline.within(System.nanoTime() + 5_000_000_000L,
				() -> this.graph.read(tx -> tx.run(quick, Map.of())).get(0).get("n").asInt())).isEqualTo(1);
	}

}
