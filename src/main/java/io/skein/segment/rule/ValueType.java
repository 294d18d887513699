package io.skein.segment.rule;

import java.util.EnumSet;
import java.util.Set;

import static io.skein.segment.rule.Comparison.BETWEEN;
import static io.skein.segment.rule.Comparison.CONTAINS;
import static io.skein.segment.rule.Comparison.EQ;
import static io.skein.segment.rule.Comparison.EXISTS;
import static io.skein.segment.rule.Comparison.GT;
import static io.skein.segment.rule.Comparison.GTE;
import static io.skein.segment.rule.Comparison.IN;
import static io.skein.segment.rule.Comparison.LT;
import static io.skein.segment.rule.Comparison.LTE;
import static io.skein.segment.rule.Comparison.NE;
import static io.skein.segment.rule.Comparison.NOT_IN;
import static io.skein.segment.rule.Comparison.STARTS_WITH;

/** The type of a compared value, and the comparisons that make sense for it. */
public enum ValueType {

	STRING(EnumSet.of(EQ, NE, IN, NOT_IN, CONTAINS, STARTS_WITH, EXISTS)),
	NUMBER(EnumSet.of(EQ, NE, GT, GTE, LT, LTE, IN, NOT_IN, BETWEEN, EXISTS)),
	BOOLEAN(EnumSet.of(EQ, NE, EXISTS)),
	/** An ISO date, YYYY-MM-DD, compared in calendar order. */
	DATE(EnumSet.of(EQ, NE, GT, GTE, LT, LTE, IN, NOT_IN, BETWEEN, EXISTS));

	private final Set<Comparison> comparisons;

	ValueType(Set<Comparison> comparisons) {
		this.comparisons = comparisons;
	}

	public boolean allows(Comparison comparison) {
		return this.comparisons.contains(comparison);
	}

	/** Whether a single JSON value is of this type. */
	public boolean accepts(Object value) {
		if (this == STRING) {
			return value instanceof String;
		}
		if (this == NUMBER) {
			return value instanceof Number;
		}
		if (this == BOOLEAN) {
			return value instanceof Boolean;
		}
		return value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}") && isDate(s);
	}

	/** The type a JSON value has, or null for objects, arrays and null. */
	public static ValueType of(Object value) {
		if (value instanceof String) {
			return STRING;
		}
		if (value instanceof Number) {
			return NUMBER;
		}
		if (value instanceof Boolean) {
			return BOOLEAN;
		}
		return null;
	}

	private static boolean isDate(String s) {
		try {
			java.time.LocalDate.parse(s);
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

}
