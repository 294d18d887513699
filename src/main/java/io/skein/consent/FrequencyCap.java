package io.skein.consent;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** At most {@code count} messages on a channel to one customer in any {@code window}. */
public record FrequencyCap(int count, Duration window) {

	private static final Pattern FORM = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*([dhm])");

	/** Reads {@code N/Wd}, {@code N/Wh} or {@code N/Wm} (days, hours, minutes); {@code what} names the setting in errors. */
	static FrequencyCap parse(String text, String what) {
		Matcher m = FORM.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException(what + ": '" + text + "' is not a cap like 3/7d (count/window, d h or m)");
		}
		int count = Integer.parseInt(m.group(1));
		long amount = Long.parseLong(m.group(2));
		if (amount == 0) {
			throw new IllegalArgumentException(what + ": the window of '" + text + "' is empty");
		}
		Duration window = switch (m.group(3)) {
			case "d" -> Duration.ofDays(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofMinutes(amount);
		};
		return new FrequencyCap(count, window);
	}

	/** As configured, e.g. {@code 3/7d}. */
	String text() {
		long minutes = this.window.toMinutes();
		String window = minutes % 1440 == 0 ? minutes / 1440 + "d" : minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
		return this.count + "/" + window;
	}

}
