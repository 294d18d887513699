package io.skein.demo;

import java.time.LocalDate;

/**
 * What to generate: how many people, from which seed, and the six (or so) months of events ending on
 * {@code asOf}. Nothing else varies the output: not the clock, not the machine.
 */
public record GeneratorOptions(int people, long seed, LocalDate asOf, int months) {

	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 15);

	public GeneratorOptions {
		if (people < 1) {
			throw new IllegalArgumentException("people must be at least 1 (Alice), was " + people);
		}
		if (months < 1 || months > 24) {
			throw new IllegalArgumentException("months must be 1..24, was " + months);
		}
		if (asOf == null) {
			throw new IllegalArgumentException("asOf is required");
		}
	}

	public static GeneratorOptions defaults() {
		return new GeneratorOptions(2000, 42, DEFAULT_AS_OF, 6);
	}

	/** The command line that regenerates exactly this output. */
	public String command(String out) {
		return "java -jar target/skein.jar generate --people " + this.people + " --seed " + this.seed + " --as-of "
				+ this.asOf + " --months " + this.months + " --out " + out;
	}

}
