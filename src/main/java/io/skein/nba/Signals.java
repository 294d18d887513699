package io.skein.nba;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What co-holding rates are conditioned on, as keys: a product held open is its code; a segment the
 * customer is in is {@code segment:<id>}; a persona attribute's value is {@code <name>=<value>}
 * (lower-cased); an age band is {@code age:<low>-<high>}. Every customer's keys and the scored
 * customer's come from here, so they always match.
 */
final class Signals {

	private static final String SEGMENT = "segment:";

	private static final String AGE = "age:";

	private final List<Integer> ageBands;

	Signals(OfferSettings settings) {
		this.ageBands = settings.ageBands();
	}

	/** One customer's signals, in key order: products held, segments, attribute values, age band on {@code today}. */
	TreeSet<String> of(OfferRepository.Facts facts, LocalDate today) {
		TreeSet<String> signals = new TreeSet<>(facts.held());
		facts.segments().forEach(s -> signals.add(SEGMENT + s));
		for (Map<String, Object> a : facts.attributes()) {
			signals.add(a.get("name") + "=" + String.valueOf(a.get("value")).strip().toLowerCase(Locale.ROOT));
		}
		String band = ageBand(facts.datesOfBirth(), today);
		if (band != null) {
			signals.add(AGE + band);
		}
		return signals;
	}

	/** The band of the earliest readable birth date; records that disagree on it are rare and close. */
	private String ageBand(Collection<String> datesOfBirth, LocalDate today) {
		LocalDate born = datesOfBirth.stream().sorted().map(Signals::date).filter(d -> d != null).findFirst().orElse(null);
		if (born == null || born.isAfter(today) || this.ageBands.isEmpty()) {
			return null;
		}
		int age = Period.between(born, today).getYears();
		int low = 0;
		for (int edge : this.ageBands) {
			if (age < edge) {
				return low == 0 ? "under-" + edge : low + "-" + (edge - 1);
			}
			low = edge;
		}
		return low + "-plus";
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** What the signal says of the customer: "holds HOME_LOAN", "in segment globetrotter", "aged 30-44". */
	static String words(String signal) {
		if (signal.startsWith(SEGMENT)) {
			return "in segment " + signal.substring(SEGMENT.length());
		}
		if (signal.startsWith(AGE)) {
			return "aged " + band(signal);
		}
		int eq = signal.indexOf('=');
		return eq < 0 ? "holds " + signal : signal.substring(0, eq) + " " + signal.substring(eq + 1);
	}

	/** Who else shows it: "HOME_LOAN holders", "globetrotter members", "customers aged 30-44". */
	static String group(String signal) {
		if (signal.startsWith(SEGMENT)) {
			return signal.substring(SEGMENT.length()) + " members";
		}
		if (signal.startsWith(AGE)) {
			return "customers aged " + band(signal);
		}
		int eq = signal.indexOf('=');
		return eq < 0 ? signal + " holders"
				: "customers with " + signal.substring(0, eq) + " " + signal.substring(eq + 1);
	}

	/** The graph node behind the signal, or null for an attribute value or age band. */
	static Offer.GraphElement element(String signal) {
		if (signal.startsWith(SEGMENT)) {
			return new Offer.GraphElement("Segment", signal.substring(SEGMENT.length()), null);
		}
		return signal.startsWith(AGE) || signal.contains("=") ? null : new Offer.GraphElement("Product", signal, null);
	}

	private static String band(String signal) {
		return signal.substring(AGE.length()).replace("under-", "under ").replace("-plus", " or over");
	}

}
