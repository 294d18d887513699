package io.skein.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * How far along a purpose a person is. {@code DROPPED} began applying and stopped over a month before
 * the as-of date; {@code DORMANT} did nothing at all in the window, or showed an interest that then went
 * silent for three months.
 */
enum Stage {

	AWARE, CONSIDERING, APPLYING, CONVERTED, DROPPED, DORMANT;

	/** As written in {@code truth/purposes.csv}. */
	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Relative shares of the stages a pursued purpose is at, for AWARE..DROPPED. */
	static final int[] SHARES = { 30, 24, 10, 16, 20 };

	/** An interest untouched for this long has gone dormant: silence is a stage too. */
	static final int DORMANT_AFTER_DAYS = 90;

	/**
	 * The stage as of the window's end, given the journey's last step: an aware or considering interest
	 * whose last step is {@link #DORMANT_AFTER_DAYS} or more old is dormant by then.
	 */
	Stage asOf(Instant lastStep, EventWindow window) {
		boolean interest = this == AWARE || this == CONSIDERING;
		boolean silent = lastStep != null && Duration.between(lastStep, window.end()).toDays() >= DORMANT_AFTER_DAYS;
		return interest && silent ? DORMANT : this;
	}

}
