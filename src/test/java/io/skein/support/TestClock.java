package io.skein.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The application's clock in every store-backed test: it follows real time until a test sets it, and is
 * back on real time before each test. One bean for all tests keeps them on one shared context. A Skein process
 * a test starts from its classpath has this clock too: stopped at {@value #STOPPED_AT} when that is set
 * ({@link SkeinProcess#startAt}).
 */
@Component
@Primary
public class TestClock extends Clock {

	/** The property that stops a process's clock at an instant from its start. */
	public static final String STOPPED_AT = "skein.test.clock-stopped-at";

	private volatile Instant fixed;

	public TestClock(Environment environment) {
		String stoppedAt = environment.getProperty(STOPPED_AT);
		this.fixed = stoppedAt == null ? null : Instant.parse(stoppedAt);
	}

	/** With {@link #runFrom}: the instant time started from, and System.nanoTime() then. */
	private volatile Running running;

	private record Running(Instant from, long nanos) {
	}

	/** Stops time at {@code instant}; {@link #advance} moves it on. */
	public void set(Instant instant) {
		this.running = null;
		this.fixed = instant;
	}

	/** Time moves on at its real pace from {@code instant} (for code that needs time to pass, at a known date). */
	public void runFrom(Instant instant) {
		this.fixed = null;
		this.running = new Running(instant, System.nanoTime());
	}

	public void set(String instant) {
		set(Instant.parse(instant));
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	/** Back to real time. */
	public void reset() {
		this.fixed = null;
		this.running = null;
	}

	@Override
	public Instant instant() {
		Instant now = this.fixed;
		if (now != null) {
			return now;
		}
		Running from = this.running;
		return from != null ? from.from().plusNanos(System.nanoTime() - from.nanos()) : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
