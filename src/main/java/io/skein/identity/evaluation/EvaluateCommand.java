package io.skein.identity.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.skein.identity.matching.MatchModel;
import io.skein.identity.matching.MatchingEngine;
import io.skein.ingest.csv.CsvMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code skein evaluate --mapping febrl FILE...}: imports labelled files through ingestion into a fresh
 * graph, resolves them and prints pairwise precision, recall and F1, B-cubed F1, over-merged clusters and
 * pairs compared versus all pairs. The store is {@code --data-dir} (it must hold no records) or, by
 * default, a temporary one deleted afterwards. {@code --in-memory} resolves with the matching engine
 * alone, without the graph.
 */
@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = { "Import labelled CSV files into a fresh graph, resolve them and score the",
				"clusters against their truth (--in-memory: the matching engine alone)." })
class EvaluateCommand implements Callable<Integer> {

	private final ObjectProvider<GraphEvaluation> graphEvaluation;

	@Option(names = "--mapping", required = true, paramLabel = "NAME|FILE",
			description = "Mapping name in classpath:mappings/ (febrl, splink_fake_1000) or a mapping JSON file.")
	String mapping;

	@Option(names = "--weights", description = "Also print the estimated m, u and weight of every level.")
	boolean showWeights;

	@Option(names = "--in-memory", description = "Resolve in memory with the matching engine, without the graph.")
	boolean inMemory;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Embedded Neo4j directory for the evaluation graph (default: a temporary one).")
	Path dataDir;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files, resolved together as one set.")
	List<Path> files;

	EvaluateCommand() {
		this.graphEvaluation = null;
	}

	@Autowired
	EvaluateCommand(ObjectProvider<GraphEvaluation> graphEvaluation) {
		this.graphEvaluation = graphEvaluation;
	}

	@Override
	public Integer call() {
		if (this.inMemory) {
			DatasetEvaluation.Outcome outcome = new DatasetEvaluation(MatchingEngine.standard())
				.run(CsvMapping.named(this.mapping), this.files);
			System.out.print(outcome.report().summary());
			if (this.showWeights) {
				print(outcome.resolution().model());
			}
			return 0;
		}
		List<Path> absolute = this.files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
		if (this.dataDir != null && this.graphEvaluation != null) {
			// the command line already opened --data-dir for this context
			report(this.graphEvaluation.getObject().run(this.mapping, absolute));
			return 0;
		}
		Path store = temporaryStore();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(io.skein.SkeinApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("cli")
			.logStartupInfo(false)
			.run("--skein.data-dir=" + store, "--skein.neo4j.bolt-port=0", "--skein.neo4j.page-cache-mb=256")) {
			report(context.getBean(GraphEvaluation.class).run(this.mapping, absolute));
		}
		finally {
			delete(store);
		}
		return 0;
	}

	private void report(GraphEvaluation.Outcome outcome) {
		System.out.print(outcome.summary());
	}

	private Path temporaryStore() {
		try {
			return this.dataDir != null ? this.dataDir : Files.createTempDirectory("skein-evaluate");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void delete(Path store) {
		if (this.dataDir != null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(store)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
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
