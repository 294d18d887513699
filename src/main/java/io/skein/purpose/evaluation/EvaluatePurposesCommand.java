package io.skein.purpose.evaluation;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.skein.cli.DataDirOption;
import io.skein.purpose.PurposeService;
import io.skein.purpose.PurposeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein evaluate-purposes}: generates a bank, ingests it into an empty graph, discovers purposes
 * as of the bank's as-of date and prints precision and recall of purpose type and of (type, stage)
 * against the planted truth.
 */
@Component
@Command(name = "evaluate-purposes", mixinStandardHelpOptions = true,
		description = "Score purpose discovery against a generated bank's planted purposes (needs an empty graph).")
class EvaluatePurposesCommand implements Callable<Integer> {

	private final GeneratedBank banks;

	private final PurposeService purposes;

	@Option(names = "--people", defaultValue = "1500")
	int people;

	@Option(names = "--seed", defaultValue = "7")
	long seed;

	@Option(names = "--as-of", defaultValue = "2026-11-15")
	LocalDate asOf;

	@Option(names = "--months", defaultValue = "6")
	int months;

	@Mixin
	DataDirOption dataDir;

	@Spec
	CommandSpec spec;

	EvaluatePurposesCommand(GeneratedBank banks, PurposeService purposes) {
		this.banks = banks;
		this.purposes = purposes;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (!this.purposes.graphIsEmpty()) {
			this.spec.commandLine().getErr().println("evaluate-purposes needs an empty graph: pass --data-dir to a new directory");
			return 1;
		}
		GeneratedBank.Bank bank = this.banks.generate(this.people, this.seed, this.asOf, this.months);
		this.banks.load(bank.records(), bank.events());
		this.purposes.recomputeAll(bank.asOf());
		Map<String, List<String>> customers = this.banks.customersOf(bank.recordsByPerson());
		Set<String> predictedTypes = new HashSet<>();
		Set<String> predictedStages = new HashSet<>();
		customers.forEach((person, ids) -> this.purposes.purposesOf(ids).values().forEach(list -> {
			for (PurposeView p : list) {
				predictedTypes.add(person + "|" + p.type());
				predictedStages.add(person + "|" + p.type() + "|" + p.stage());
			}
		}));
		Set<String> trueTypes = new HashSet<>();
		Set<String> trueStages = new HashSet<>();
		for (String[] row : bank.purposes()) {
			String type = row[1].toUpperCase(Locale.ROOT);
			trueTypes.add(row[0] + "|" + type);
			trueStages.add(row[0] + "|" + type + "|" + row[2].toUpperCase(Locale.ROOT));
		}
		Set<String> matchedTypes = intersection(predictedTypes, trueTypes);
		long stageRight = trueStages.stream().filter(predictedStages::contains).count();
		out.printf("purposes: %d people, %d planted purposes, %d discovered (as of %s)%n", customers.size(),
				trueTypes.size(), predictedTypes.size(), bank.asOf());
		out.printf("type          precision %.3f  recall %.3f%n", ratio(matchedTypes.size(), predictedTypes.size()),
				ratio(matchedTypes.size(), trueTypes.size()));
		out.printf("type+stage    precision %.3f  recall %.3f%n", ratio(stageRight, predictedStages.size()),
				ratio(stageRight, trueStages.size()));
		out.printf("stage accuracy where the type was found %.3f%n", ratio(stageRight, matchedTypes.size()));
		out.flush();
		return 0;
	}

	private static Set<String> intersection(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return both;
	}

	private static double ratio(long part, long whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

}
