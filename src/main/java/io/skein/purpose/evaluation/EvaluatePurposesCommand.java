package io.skein.purpose.evaluation;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import io.skein.purpose.PurposeService;
import io.skein.purpose.PurposeStage;
import io.skein.purpose.PurposeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein evaluate-purposes}: generates a bank, ingests it into an empty graph, discovers purposes
 * as of the bank's as-of date and prints precision and recall of purpose type and of (type, stage)
 * against the planted truth, then planted against discovered stage.
 */
@Component
@Command(name = "evaluate-purposes", mixinStandardHelpOptions = true,
		description = "Score purpose discovery against a generated bank's planted purposes (needs an empty graph).")
class EvaluatePurposesCommand implements Callable<Integer> {

	private final GeneratedBank banks;

	private final PurposeService purposes;

	@Mixin
	BankOptions bank;

	@Spec
	CommandSpec spec;

	EvaluatePurposesCommand(GeneratedBank banks, PurposeService purposes) {
		this.banks = banks;
		this.purposes = purposes;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		Optional<GeneratedBank.Loaded> loaded = this.banks.loadFresh(this.bank.generator(), UnaryOperator.identity());
		if (loaded.isEmpty()) {
			this.spec.commandLine().getErr().println("evaluate-purposes needs an empty graph: pass --data-dir to a new directory");
			return 1;
		}
		Map<String, List<String>> customers = loaded.get().customers();
		// A person whose records were not all stitched has several customers, each with purposes of its own.
		Map<String, Set<PurposeStage>> found = new HashMap<>();
		customers.forEach((person, ids) -> this.purposes.purposesOf(ids).values().forEach(list -> {
			for (PurposeView p : list) {
				found.computeIfAbsent(person + "|" + p.type(), k -> new LinkedHashSet<>()).add(p.stage());
			}
		}));
		Set<String> trueTypes = new HashSet<>();
		long stageRight = 0;
		StageConfusion confusion = new StageConfusion();
		for (String[] row : loaded.get().bank().purposes()) {
			String type = row[1].toUpperCase(Locale.ROOT);
			PurposeStage planted = PurposeStage.valueOf(row[2].toUpperCase(Locale.ROOT));
			String key = row[0] + "|" + type;
			trueTypes.add(key);
			Set<PurposeStage> stages = found.get(key);
			if (stages != null) {
				confusion.add(type, planted, stages.contains(planted) ? planted : stages.iterator().next());
				stageRight += stages.contains(planted) ? 1 : 0;
			}
		}
		long matchedTypes = found.keySet().stream().filter(trueTypes::contains).count();
		long foundStages = found.values().stream().mapToInt(Set::size).sum();
		out.printf("purposes: %d people, %d planted purposes, %d discovered (as of %s)%n", customers.size(),
				trueTypes.size(), found.size(), loaded.get().bank().asOf());
		out.printf("type          precision %.3f  recall %.3f%n", ratio(matchedTypes, found.size()),
				ratio(matchedTypes, trueTypes.size()));
		out.printf("type+stage    precision %.3f  recall %.3f%n", ratio(stageRight, foundStages),
				ratio(stageRight, trueTypes.size()));
		out.printf("stage accuracy where the type was found %.3f%n", ratio(stageRight, matchedTypes));
		out.println();
		confusion.print(out);
		out.flush();
		return 0;
	}

	private static double ratio(long part, long whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

}
