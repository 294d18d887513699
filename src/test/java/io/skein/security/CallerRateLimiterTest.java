package io.skein.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-caller minute budget behind {@link GuessingLimitsGuard}: counted apart, bounded, renewed each minute. */
class CallerRateLimiterTest {

	@Test
	void eachCallerHasItsOwnBudgetUntilTheMinuteEnds() {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-06T05:00:10Z"));
		CallerRateLimiter limiter = new CallerRateLimiter(clock);
		assertThat(limiter.tryAcquire("search", "a", 2, 100)).isTrue();
		assertThat(limiter.tryAcquire("search", "a", 2, 100)).isTrue();
		assertThat(limiter.tryAcquire("search", "a", 2, 100)).isFalse();
		assertThat(limiter.tryAcquire("search", "b", 2, 100)).as("another caller").isTrue();
		assertThat(limiter.tryAcquire("preview", "a", 2, 100)).as("another kind").isTrue();
		assertThat(limiter.secondsToNextWindow()).isEqualTo(50);
		clock.now = Instant.parse("2026-12-06T05:01:00Z");
		assertThat(limiter.tryAcquire("search", "a", 2, 100)).as("a new minute").isTrue();
		assertThat(limiter.tryAcquire("search", "a", 0, 100)).as("0 turns the limit off").isTrue();
	}

	@Test
	void callersBeyondTheTrackedMaximumShareOneBudget() {
		CallerRateLimiter limiter = new CallerRateLimiter(new MovableClock(Instant.parse("2026-12-06T05:00:00Z")));
		assertThat(limiter.tryAcquire("search", "first", 3, 1)).isTrue();
		assertThat(limiter.tryAcquire("search", "made-up-1", 3, 1)).isTrue();
		assertThat(limiter.tryAcquire("search", "made-up-2", 3, 1)).isTrue();
		assertThat(limiter.tryAcquire("search", "made-up-3", 3, 1)).isTrue();
		assertThat(limiter.tryAcquire("search", "made-up-4", 3, 1)).as("new names do not escape the limit").isFalse();
		assertThat(limiter.tryAcquire("search", "first", 3, 1)).as("a tracked caller keeps its own").isTrue();
	}

	private static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
