package io.skein.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers that lock the same two nodes in opposite orders deadlock; Neo4j fails one of them and
 * {@link Graph#write} runs it again at once, so both writes land exactly once.
 */
@SkeinTest
class DeadlockRetryTest {

	static final NamedQuery CREATE = new NamedQuery("test/create-lock-nodes",
			"UNWIND $ids AS id CREATE (:LockTest {id: id, writes: 0})");

	static final NamedQuery TOUCH = new NamedQuery("test/touch-lock-node",
			"MATCH (n:LockTest {id: $id}) SET n.writes = n.writes + 1");

	static final NamedQuery READ = new NamedQuery("test/read-lock-nodes",
			"MATCH (n:LockTest) RETURN n.id AS id, n.writes AS writes ORDER BY id");

	@Autowired
	Graph graph;

	@Autowired
	MeterRegistry meters;

	@Test
	void aDeadlockedWriteIsRetriedAndLandsOnce() {
		this.graph.execute(CREATE, Map.of("ids", List.of("a", "b")));
		double retriesBefore = retries();
		CountDownLatch aLocked = new CountDownLatch(1);
		CountDownLatch bLocked = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lockBoth("a", aLocked, bLocked, "b"));
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lockBoth("b", bLocked, aLocked, "a"));
		CompletableFuture.allOf(first, second).join();

		assertThat(this.graph.query(READ, Map.of(), r -> r.get("writes").asLong())).containsExactly(2L, 2L);
		assertThat(retries() - retriesBefore).as("deadlocks retried").isGreaterThanOrEqualTo(1);
	}

	private void lockBoth(String firstId, CountDownLatch mine, CountDownLatch theirs, String secondId) {
		this.graph.write(tx -> {
			tx.run(TOUCH, Map.of("id", firstId));
			mine.countDown();
			await(theirs);
			tx.run(TOUCH, Map.of("id", secondId));
			return null;
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private double retries() {
		return this.meters.find("skein.cypher.retries").counters().stream().mapToDouble(c -> c.count()).sum();
	}

}
