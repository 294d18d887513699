package io.skein.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in every store-backed test: it follows real time until a test sets it, and is
 * back on real time before each test. One bean for all tests keeps them on one shared context.
 */
@Component
@Primary
public class TestClock extends Clock {

	private volatile Instant fixed;

	/** Stops time at {@code instant}; {@link #advance} moves it on. */
	public void set(Instant instant) {
		this.fixed = instant;
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
	}

	@Override
	public Instant instant() {
		Instant now = this.fixed;
		return now != null ? now : Instant.now();
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
