package io.skein.identity.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.resolution.ResolutionReport;
import io.skein.identity.resolution.ResolutionService;
import io.skein.ingest.cli.ClusterExporter;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.ingest.csv.CsvMapping;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;

/**
 * Evaluation through the graph: imports labelled CSV files through the real ingestion path (the same as
 * {@code import --mapping}), runs resolution, reads the clusters back as {@code export-clusters} writes
 * them and scores them against the mapping's truth (never shown to ingestion or resolution). Needs a
 * store holding no source records.
 */
@Service
public class GraphEvaluation {

	private final ImportService imports;

	private final ResolutionService resolution;

	private final ClusterExporter exporter;

	private final Graph graph;

	private final NamedQuery recordCount;

	public GraphEvaluation(ImportService imports, ResolutionService resolution, ClusterExporter exporter, Graph graph,
			CypherQueries queries) {
		this.imports = imports;
		this.resolution = resolution;
		this.exporter = exporter;
		this.graph = graph;
		this.recordCount = queries.get("identity/record-count");
	}

	/** The figures, what resolution did, and how long importing took. */
	public record Outcome(EvaluationReport report, ResolutionReport resolution, ImportSummary imported) {

		public String summary() {
			return this.report.summary() + String.format("through the graph: %d records imported in %.1f s, resolved in %.1f s%n",
					this.imported.records(), this.imported.rate() == 0 ? 0 : this.imported.records() / this.imported.rate(),
					this.resolution.millis() / 1000.0);
		}

	}

	public Outcome run(String mappingName, List<Path> files) {
		return run(LabelledRecords.read(CsvMapping.named(mappingName), files, FieldSubset.ALL));
	}

	/** Imports the records as the NDJSON record contract, resolves, and scores the exported clusters. */
	public Outcome run(LabelledRecords labelled) {
		long existing = this.graph.query(this.recordCount, Map.of(), r -> r.get("records").asLong()).get(0);
		if (existing > 0) {
			throw new IllegalStateException("evaluate needs a store without source records; this one holds " + existing
					+ " (use a fresh --data-dir)");
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("skein-evaluate");
			labelled.write(folder);
			ImportSummary imported = this.imports.importFiles(List.of(folder.resolve("records.ndjson")), null,
					ImportProgress.NONE);
			ResolutionReport resolved = this.resolution.resolve();
			EvaluationReport report = ClusterMetrics.evaluate(clusters(), labelled.truth())
				.withPairs(resolved.candidatePairs(), resolved.allPairs());
			return new Outcome(report, resolved, imported);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(folder);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

	/** The export-clusters file read back: record keys grouped by customer. */
	private List<List<String>> clusters() {
		try {
			Path file = Files.createTempFile("skein-evaluate", ".csv");
			try {
				this.exporter.export(file);
				Map<String, List<String>> byCustomer = new TreeMap<>();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
						byCustomer.computeIfAbsent(row.get("customerId"), c -> new ArrayList<>())
							.add(key(row.get("source"), row.get("sourceId")));
					}
				}
				return List.copyOf(byCustomer.values());
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String key(String source, String sourceId) {
		return LabelledRecords.key(source, sourceId);
	}

}
