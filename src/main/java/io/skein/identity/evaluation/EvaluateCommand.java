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

	@Option(names = "--mapping", paramLabel = "NAME|FILE",
			description = "Mapping name in classpath:mappings/ (febrl, splink_fake_1000) or a mapping JSON file.")
	String mapping;

	@Option(names = "--weights", description = "Also print the estimated m, u and weight of every level.")
	boolean showWeights;

	@Option(names = "--in-memory", description = "Resolve in memory with the matching engine, without the graph.")
	boolean inMemory;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Embedded Neo4j directory for the evaluation graph (default: a temporary one).")
	Path dataDir;

	@Option(names = "--suite", description = { "Evaluate every public set (Febrl 1-4, fake_1000, ESSnet) as given and",
			"with fields removed, and print the table README shows." })
	boolean suite;

	@Option(names = "--datasets", paramLabel = "DIR", defaultValue = "../shared/datasets",
			description = "Folder of the public sets, for --suite (default: ${DEFAULT-VALUE}).")
	Path datasets;

	@Option(names = "--sets", split = ",", paramLabel = "NAME",
			description = "Only these sets, for --suite (e.g. Febrl3,ESSnet).")
	List<String> sets;

	@Option(names = "--fields", split = ",", paramLabel = "SUBSET",
			description = "Field subsets: all, names+dob, names+locality, names+email (default: every one; with FILEs: all).")
	List<String> fields;

	@Option(names = "--write-ndjson", paramLabel = "DIR",
			description = { "Also write each variant as records.ndjson + truth.csv under DIR/<set>-<fields>/,",
					"the input of ../shared/tools/baseline_resolver.py and score.py." })
	Path ndjsonOut;

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "CSV files, resolved together as one set.")
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
		if (this.suite) {
			return runSuite();
		}
		if (this.files == null || this.files.isEmpty()) {
			System.err.println("evaluate: give CSV FILEs with --mapping, or --suite");
			return 1;
		}
		if (this.mapping == null) {
			System.err.println("evaluate: --mapping is required with FILEs");
			return 1;
		}
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

	private int runSuite() {
		List<FieldSubset> subsets = this.fields == null ? List.of(FieldSubset.values())
				: this.fields.stream().map(FieldSubset::ofOption).toList();
		List<PublicDataset> chosen = this.sets == null ? PublicDataset.ALL
				: this.sets.stream().map(PublicDataset::named).toList();
		EvaluationSuite suite = new EvaluationSuite(this.datasets, chosen, subsets);
		List<EvaluationSuite.Row> rows = new java.util.ArrayList<>();
		for (EvaluationSuite.Variant variant : suite.variants()) {
			if (this.ndjsonOut != null) {
				variant.records().write(this.ndjsonOut.resolve(variant.slug()));
			}
			long start = System.nanoTime();
			MatchingEngine engine = MatchingEngine.standard();
			EvaluationReport report = this.inMemory ? new DatasetEvaluation(engine).run(variant.records()).report()
					: inFreshStore(variant.records()).report();
			if (engine.lastCheck() != null) {
				System.err.println("  " + engine.lastCheck().summary());
			}
			rows.add(new EvaluationSuite.Row(variant.dataset(), variant.subset(), report));
			System.err.printf("%-40s F1 %.4f  P %.4f  R %.4f  (%.1f s)%n", variant.slug(), report.f1(), report.precision(),
					report.recall(), (System.nanoTime() - start) / 1e9);
		}
		System.out.print(EvaluationSuite.table(rows));
		return 0;
	}

	/** Import and resolve through a graph of its own, so every variant starts from an empty store. */
	private GraphEvaluation.Outcome inFreshStore(LabelledRecords records) {
		Path store = temporaryStore();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(io.skein.SkeinApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("cli")
			.logStartupInfo(false)
			.run("--skein.data-dir=" + store, "--skein.neo4j.bolt-port=0", "--skein.neo4j.page-cache-mb=256")) {
			return context.getBean(GraphEvaluation.class).run(records);
		}
		finally {
			delete(store);
		}
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
