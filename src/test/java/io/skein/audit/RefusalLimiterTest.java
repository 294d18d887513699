package io.skein.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLimiterTest {

	private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void admitsUpToTheAllowancePerSourceAndAMinuteThenStartsAgain() {
		RefusalLimiter limiter = new RefusalLimiter(2, 100, 100);
		assertThat(limiter.admit("10.0.0.1", T)).isTrue();
		assertThat(limiter.admit("10.0.0.1", T.plusSeconds(10))).isTrue();
		assertThat(limiter.admit("10.0.0.1", T.plusSeconds(20))).isFalse();
		assertThat(limiter.admit("10.0.0.2", T.plusSeconds(30))).as("another source has its own").isTrue();
		assertThat(limiter.admit("10.0.0.1", T.plusSeconds(60))).as("the next minute").isTrue();
	}

	@Test
	void capsAllSourcesTogetherAndSharesOneAllowanceBeyondTheSourcesItRemembers() {
		RefusalLimiter limiter = new RefusalLimiter(5, 3, 100);
		assertThat(limiter.admit("a", T)).isTrue();
		assertThat(limiter.admit("b", T)).isTrue();
		assertThat(limiter.admit("c", T)).isTrue();
		assertThat(limiter.admit("d", T)).as("three a minute in all").isFalse();

		RefusalLimiter few = new RefusalLimiter(1, 100, 2);
		assertThat(few.admit("a", T)).isTrue();
		assertThat(few.admit("b", T)).isTrue();
		assertThat(few.admit("c", T)).as("beyond two sources: the shared allowance").isTrue();
		assertThat(few.admit("d", T)).as("which is then spent").isFalse();
		assertThat(few.admit(null, T)).isFalse();
	}

}
