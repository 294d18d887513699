package io.skein.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadRunnerTest {

	@Test
	void warmUpAndTimedCallsAreNumberedWithoutGapsOrRepeats() {
		Set<Integer> called = ConcurrentHashMap.newKeySet();
		AtomicInteger calls = new AtomicInteger();
		Latencies latencies = LoadRunner.run(200, 4, 10, 300, 5, i -> {
			called.add(i);
			calls.incrementAndGet();
		});
		assertThat(latencies.count()).isEqualTo(200);
		assertThat(latencies.warmupCalls()).isGreaterThanOrEqualTo(10).isLessThanOrEqualTo(300);
		assertThat(calls.get()).isEqualTo(latencies.warmupCalls() + 200);
		assertThat(called).isEqualTo(
				IntStream.range(0, latencies.warmupCalls() + 200).boxed().collect(Collectors.toSet()));
		assertThat(latencies.json()).containsKeys("warmupCalls", "warmupSeconds", "steadyState");
	}

	@Test
	void noWarmupTimeMeansExactlyTheMinimumWarmup() {
		AtomicInteger calls = new AtomicInteger();
		Latencies latencies = LoadRunner.run(30, 3, 12, 0, i -> calls.incrementAndGet());
		assertThat(latencies.warmupCalls()).isEqualTo(12);
		assertThat(calls.get()).isEqualTo(42);
	}

	@Test
	void theFirstFailingCallStopsTheScenario() {
		assertThatThrownBy(() -> LoadRunner.run(50, 2, 5, 0, i -> {
			if (i == 3) {
				throw new IllegalStateException("refused");
			}
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("refused");
	}

}
