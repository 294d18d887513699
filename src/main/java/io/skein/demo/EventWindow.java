package io.skein.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The days events fall on: {@code months} months up to and including the as-of date, in UTC. */
record EventWindow(LocalDate first, LocalDate asOf) {

	static EventWindow of(GeneratorOptions options) {
		return new EventWindow(options.asOf().minusMonths(options.months()).plusDays(1), options.asOf());
	}

	/** A day between the two (clamped into the window; {@code from} wins if they cross). */
	LocalDate day(Dice dice, LocalDate from, LocalDate to) {
		LocalDate low = from.isBefore(this.first) ? this.first : from;
		LocalDate high = to.isAfter(this.asOf) ? this.asOf : to;
		if (!high.isAfter(low)) {
			return low.isAfter(this.asOf) ? this.asOf : low;
		}
		return low.plusDays(dice.between(0, (int) low.until(high, ChronoUnit.DAYS)));
	}

	LocalDate anyDay(Dice dice) {
		return day(dice, this.first, this.asOf);
	}

	/** A waking-hours moment in India (08:30-23:00 IST) on that day. */
	Instant during(LocalDate day, Dice dice) {
		int second = dice.between(3 * 3600, 17 * 3600 + 1800);
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(second);
	}

	Instant start() {
		return this.first.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Exclusive: the first instant after the as-of day. */
	Instant end() {
		return this.asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Kept inside the window, so a journey that runs long ends on the as-of day. */
	Instant clamp(Instant at) {
		return at.isBefore(end()) ? at : end().minusSeconds(60);
	}

}
