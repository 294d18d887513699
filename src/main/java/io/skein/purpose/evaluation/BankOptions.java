package io.skein.purpose.evaluation;

import java.time.LocalDate;

import io.skein.cli.DataDirOption;
import io.skein.demo.GeneratorOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a command that evaluates on a freshly generated bank: which bank, and which store. */
public class BankOptions {

	@Option(names = "--people", defaultValue = "1500", description = "People to generate (default ${DEFAULT-VALUE}).")
	int people;

	@Option(names = "--seed", defaultValue = "7", description = "Generator seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--as-of", defaultValue = "2026-11-15", description = "The bank's as-of date (default ${DEFAULT-VALUE}).")
	LocalDate asOf;

	@Option(names = "--months", defaultValue = "6", description = "Months of events (default ${DEFAULT-VALUE}).")
	int months;

	@Mixin
	DataDirOption dataDir;

	public GeneratorOptions generator() {
		return new GeneratorOptions(this.people, this.seed, this.asOf, this.months);
	}

	public long seed() {
		return this.seed;
	}

}
