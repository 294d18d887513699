package io.skein.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/** {@code skein generate}: writes the deterministic demo bank; never touches the graph. */
@Component
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate the deterministic demo bank: records, events and the truth behind them, as NDJSON.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--people", defaultValue = "2000", description = "People to generate, Alice included (default ${DEFAULT-VALUE}).")
	int people;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--as-of", defaultValue = "2026-11-15", paramLabel = "YYYY-MM-DD",
			description = "Last day of events (default ${DEFAULT-VALUE}).")
	LocalDate asOf;

	@Option(names = "--months", defaultValue = "6", description = "Months of events up to --as-of (default ${DEFAULT-VALUE}).")
	int months;

	@Option(names = "--out", defaultValue = "seed-data", paramLabel = "DIR",
			description = "Output directory (default ${DEFAULT-VALUE}).")
	Path out;

	@Override
	public Integer call() {
		GenerationSummary summary = new DemoBankGenerator(new GeneratorOptions(this.people, this.seed, this.asOf,
				this.months)).writeTo(this.out);
		System.out.println(summary.oneLine());
		return 0;
	}

}
