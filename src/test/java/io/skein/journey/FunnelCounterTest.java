package io.skein.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.skein.journey.FunnelCounter.CustomerHits;
import io.skein.journey.FunnelCounter.Hit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Funnel arithmetic: order, window, best start, groups. */
class FunnelCounterTest {

	static final List<FunnelStep> STEPS = List.of(new FunnelStep("A", null, null, null),
			new FunnelStep("B", null, null, null), new FunnelStep("C", null, null, null));

	@Test
	void stepsMustFollowInOrderWithinTheWindow() {
		List<CustomerHits> customers = List.of(
				customer("all three", List.of(), hit(0, 1, "WEB"), hit(1, 2, "WEB"), hit(2, 3, "WEB")),
				customer("out of order", List.of(), hit(1, 1, "APP"), hit(0, 2, "APP"), hit(2, 3, "APP")),
				customer("too slow", List.of(), hit(0, 1, "WEB"), hit(1, 2, "WEB"), hit(2, 40, "WEB")),
				customer("late restart", List.of(), hit(0, 1, "BRANCH"), hit(0, 50, "APP"), hit(1, 51, "APP"),
						hit(2, 52, "APP")),
				customer("never started", List.of(), hit(1, 1, "WEB")));

		FunnelResult result = FunnelCounter.count(STEPS, Duration.ofDays(30), FunnelBreakdown.CHANNEL, customers);

		assertThat(result.total().steps()).extracting(FunnelResult.StepCount::customers).containsExactly(4, 3, 2);
		assertThat(result.total().steps().get(1).conversionFromStart()).isEqualTo(0.75);
		assertThat(result.total().steps().get(2).conversionFromPrevious()).isEqualTo(0.6667);
		assertThat(result.groups()).extracting(FunnelResult.Group::key).containsExactly("APP", "WEB");
		assertThat(result.groups().get(0).steps()).extracting(FunnelResult.StepCount::customers)
			.as("late restart enters through the app and completes").containsExactly(2, 1, 1);
	}

	@Test
	void segmentsGroupWhenPresentElseAll() {
		CustomerHits a = customer("a", List.of(), hit(0, 1, "WEB"));
		assertThat(FunnelCounter.count(STEPS, Duration.ofDays(1), FunnelBreakdown.SEGMENT, List.of(a)).groups())
			.extracting(FunnelResult.Group::key).containsExactly("all");
		CustomerHits b = customer("b", List.of("Affluent", "Young"), hit(0, 1, "WEB"), hit(1, 1.5, "WEB"));
		FunnelResult grouped = FunnelCounter.count(STEPS, Duration.ofDays(1), FunnelBreakdown.SEGMENT, List.of(a, b));
		assertThat(grouped.groups()).extracting(FunnelResult.Group::key).containsExactly("(none)", "Affluent", "Young");
		assertThat(grouped.groups().get(1).steps().get(1).customers()).isEqualTo(1);
	}

	private static CustomerHits customer(String id, List<String> segments, Hit... hits) {
		return new CustomerHits(id, List.of(hits), segments);
	}

	private static int seq;

	private static Hit hit(int step, double day, String channel) {
		return new Hit(step, Instant.parse("2026-01-01T00:00:00Z").plusSeconds((long) (day * 86400)), "e" + (++seq),
				channel);
	}

}
