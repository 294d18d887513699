package io.skein.consent;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Local times, from {@code start} up to {@code end} (wrapping midnight when start is later), when no message goes out. */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	/** Reads {@code HH:mm-HH:mm}; null for blank or {@code -} (no quiet hours). */
	static QuietHours parse(String text, ZoneId zone) {
		if (text == null || text.isBlank() || "-".equals(text.strip())) {
			return null;
		}
		String[] parts = text.strip().split("\\s*-\\s*");
		try {
			if (parts.length == 2) {
				LocalTime start = LocalTime.parse(parts[0]);
				LocalTime end = LocalTime.parse(parts[1]);
				if (!start.equals(end)) {
					return new QuietHours(start, end, zone);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new IllegalArgumentException("skein.consent.quiet-hours: '" + text
				+ "' is not HH:mm-HH:mm with two different times (or - for none)");
	}

	boolean contains(Instant at) {
		LocalTime local = at.atZone(this.zone).toLocalTime();
		if (this.start.isBefore(this.end)) {
			return !local.isBefore(this.start) && local.isBefore(this.end);
		}
		return !local.isBefore(this.start) || local.isBefore(this.end);
	}

	/** The first instant after {@code at} when quiet hours end. */
	Instant endAfter(Instant at) {
		ZonedDateTime local = at.atZone(this.zone);
		ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return end.toInstant();
	}

}
