package io.skein.identity.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.skein.ingest.csv.CsvMapping;

/**
 * Every public labelled set as given and with fields removed ({@link FieldSubset}), each resolved by a
 * runner (the engine in memory, or import and resolve through a fresh graph) and scored. A set missing
 * from the folder is an error, never a silent skip.
 */
public final class EvaluationSuite {

	private final Path datasets;

	private final List<PublicDataset> sets;

	private final List<FieldSubset> subsets;

	public EvaluationSuite(Path datasets, List<PublicDataset> sets, List<FieldSubset> subsets) {
		this.datasets = datasets;
		this.sets = List.copyOf(sets);
		this.subsets = List.copyOf(subsets);
	}

	/** One line of the table: a set, a subset and how resolution did on it. */
	public record Row(String dataset, FieldSubset subset, EvaluationReport report) {

		public String variant() {
			return this.dataset + (this.subset == FieldSubset.ALL ? "" : " / " + this.subset.label());
		}

	}

	/** The labelled records of every set and subset that applies, in table order. */
	public List<Variant> variants() {
		List<Variant> variants = new ArrayList<>();
		for (PublicDataset set : this.sets) {
			if (!set.presentIn(this.datasets)) {
				throw new IllegalArgumentException("Data set " + set.name() + " not found under " + this.datasets
						+ " (expected " + set.files() + ")");
			}
			CsvMapping mapping = CsvMapping.named(set.mapping());
			LabelledRecords all = LabelledRecords.read(mapping, set.paths(this.datasets), FieldSubset.ALL);
			for (FieldSubset subset : this.subsets) {
				if (subset.appliesTo(all.records())) {
					variants.add(new Variant(set.name(), subset,
							subset == FieldSubset.ALL ? all : LabelledRecords.read(mapping, set.paths(this.datasets), subset)));
				}
			}
		}
		return variants;
	}

	/** A set with some fields removed, ready to resolve. */
	public record Variant(String dataset, FieldSubset subset, LabelledRecords records) {

		/** A folder-friendly name, e.g. {@code febrl3-names+dob}. */
		public String slug() {
			return this.dataset.toLowerCase(java.util.Locale.ROOT) + "-" + this.subset.option();
		}

	}

	public List<Row> run(Function<LabelledRecords, EvaluationReport> runner) {
		List<Row> rows = new ArrayList<>();
		for (Variant variant : variants()) {
			rows.add(new Row(variant.dataset(), variant.subset(), runner.apply(variant.records())));
		}
		return rows;
	}

	/** A Markdown table of the rows, as README shows it. */
	public static String table(List<Row> rows) {
		StringBuilder out = new StringBuilder(
				"| data set | fields | records | precision | recall | F1 | B-cubed F1 | over-merged |\n"
						+ "|---|---|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			EvaluationReport r = row.report();
			out.append(String.format("| %s | %s | %,d | %.4f | %.4f | **%.4f** | %.4f | %d |%n", row.dataset(),
					row.subset().label(), r.records(), r.precision(), r.recall(), r.f1(), r.bCubedF1(),
					r.overMergedClusters()));
		}
		return out.toString();
	}

}
