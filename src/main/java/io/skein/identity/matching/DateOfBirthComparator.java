package io.skein.identity.matching;

import java.time.temporal.ChronoUnit;

/** Compares dates of birth, naming the usual ways one gets mistyped. */
public final class DateOfBirthComparator extends LevelledComparator<DateOfBirthComparator.Level> {

	public enum Level {

		EXACT,
		/** Day and month swapped (US versus European order). */
		DAY_MONTH_TRANSPOSED,
		/** One digit wrong, or two neighbouring digits swapped. */
		ONE_DIGIT,
		/** Same day and month, year one apart. */
		YEAR_OFF_BY_ONE,
		/** Two digits wrong, the rest in place: two keying slips, not another date. */
		TWO_DIGITS,
		/** Both valid dates, at most a year apart. */
		WITHIN_A_YEAR, DIFFERENT

	}

	public DateOfBirthComparator() {
		super("dateOfBirth", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		BirthDate a = left.birthDate();
		BirthDate b = right.birthDate();
		if (a == null || b == null) {
			return null;
		}
		if (a.digits().equals(b.digits())) {
			return Level.EXACT;
		}
		if (a.year().equals(b.year()) && a.month().equals(b.day()) && a.day().equals(b.month())) {
			return Level.DAY_MONTH_TRANSPOSED;
		}
		if (Similarity.withinOneEdit(a.digits(), b.digits())) {
			return Level.ONE_DIGIT;
		}
		if (a.month().equals(b.month()) && a.day().equals(b.day())
				&& Math.abs(Integer.parseInt(a.year()) - Integer.parseInt(b.year())) == 1) {
			return Level.YEAR_OFF_BY_ONE;
		}
		if (Similarity.substitutions(a.digits(), b.digits()) == 2) {
			return Level.TWO_DIGITS;
		}
		if (a.date() != null && b.date() != null && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 366) {
			return Level.WITHIN_A_YEAR;
		}
		return Level.DIFFERENT;
	}

}
