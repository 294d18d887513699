package io.skein.segment.rule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** A time window ending now: the last {@code amount} days, weeks, months or years. */
public record Window(int amount, Unit unit) {

	public enum Unit {

		DAYS(ChronoUnit.DAYS), WEEKS(ChronoUnit.WEEKS), MONTHS(ChronoUnit.MONTHS), YEARS(ChronoUnit.YEARS);

		private final ChronoUnit chrono;

		Unit(ChronoUnit chrono) {
			this.chrono = chrono;
		}

	}

	/** The start of the window that ends at {@code now}, in UTC. */
	public ZonedDateTime start(Instant now) {
		return now.atZone(ZoneOffset.UTC).minus(this.amount, this.unit.chrono);
	}

	/** Length in days (approximate for months and years), for the size limit. */
	public long days() {
		return this.unit.chrono.getDuration().multipliedBy(this.amount).toDays();
	}

	@Override
	public String toString() {
		return this.amount + " " + this.unit;
	}

}
