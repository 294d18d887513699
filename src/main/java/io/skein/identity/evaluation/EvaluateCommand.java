package io.skein.identity.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import io.skein.identity.matching.MatchModel;
import io.skein.identity.matching.MatchingEngine;
import io.skein.ingest.csv.CsvMapping;

/**
 * {@code skein evaluate --mapping febrl FILE...}: resolves labelled files in memory and prints pairwise
 * precision, recall and F1, B-cubed F1, over-merged clusters and pairs compared versus all pairs.
 */
@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Resolve labelled CSV files together in memory and score the clusters against their truth.")
class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--mapping", required = true, paramLabel = "NAME|FILE",
			description = "Mapping name in classpath:mappings/ (febrl, splink_fake_1000) or a mapping JSON file.")
	String mapping;

	@Option(names = "--weights", description = "Also print the estimated m, u and weight of every level.")
	boolean showWeights;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files, resolved together as one set.")
	List<Path> files;

	@Override
	public Integer call() {
		DatasetEvaluation.Outcome outcome = new DatasetEvaluation(MatchingEngine.standard())
			.run(CsvMapping.named(this.mapping), this.files);
		System.out.print(outcome.report().summary());
		if (this.showWeights) {
			print(outcome.resolution().model());
		}
		return 0;
	}

	private static void print(MatchModel model) {
		System.out.printf("prior match probability among candidates %.4f%n", model.priorMatchProbability());
		model.attributes().forEach(a -> {
			for (int l = 0; l < a.levels().size(); l++) {
				System.out.printf("  %-12s %-20s m=%.4f u=%.6f w=%+.2f%n", a.attribute(), a.levels().get(l),
						a.m().get(l), a.u().get(l), a.weight(l));
			}
		});
	}

}
