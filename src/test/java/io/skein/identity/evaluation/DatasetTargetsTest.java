package io.skein.identity.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.skein.identity.matching.MatchingEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every public labelled set as given and with fields removed, resolved in memory with default settings and
 * no labels (truth only scores), against the figures in {@code identity/evaluation-figures.csv} — the file
 * README's evaluation table is written from. Each measure must stay within {@link #TOLERANCE} of its
 * figure, and each variant must beat the fixed-weight script where the file says it does (and the file
 * must not claim a win it does not have). The data must be present: absent data fails.
 */
class DatasetTargetsTest {

	static final double TOLERANCE = 0.003;

	static Path datasets() {
		for (Path candidate : List.of(Path.of("../shared/datasets"), Path.of("/work/shared/datasets"))) {
			if (Files.isDirectory(candidate.resolve("febrl"))) {
				return candidate;
			}
		}
		throw new AssertionError("Shared datasets not found at ../shared/datasets or /work/shared/datasets");
	}

	/** One line of the figures file. */
	record Figure(String dataset, String fields, int records, double precision, double recall, double f1,
			double bCubedF1, int overMerged, double baselineF1, boolean beatsBaseline) {

		String key() {
			return this.dataset + "/" + this.fields;
		}

	}

	static Map<String, Figure> figures() throws IOException {
		Map<String, Figure> figures = new LinkedHashMap<>();
		try (InputStream in = DatasetTargetsTest.class.getResourceAsStream("/identity/evaluation-figures.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("dataset,"))
				.toList();
			for (String line : lines) {
				String[] c = line.split(",");
				Figure figure = new Figure(c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]),
						Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]),
						Integer.parseInt(c[7]), Double.parseDouble(c[8]), Boolean.parseBoolean(c[9]));
				figures.put(figure.key(), figure);
			}
		}
		return figures;
	}

	@Test
	void everyVariantMatchesItsPublishedFigures() throws IOException {
		Map<String, Figure> figures = figures();
		List<String> seen = new ArrayList<>();
		EvaluationSuite suite = new EvaluationSuite(datasets(), PublicDataset.ALL, List.of(FieldSubset.values()));
		for (EvaluationSuite.Variant variant : suite.variants()) {
			String key = variant.dataset() + "/" + variant.subset().option();
			Figure figure = figures.get(key);
			assertThat(figure).as("a figure for %s in evaluation-figures.csv", key).isNotNull();
			EvaluationReport r = new DatasetEvaluation(MatchingEngine.standard()).run(variant.records()).report();
			System.out.printf("%-28s P %.4f R %.4f F1 %.4f B3 %.4f over-merged %d (script F1 %.4f)%n", key,
					r.precision(), r.recall(), r.f1(), r.bCubedF1(), r.overMergedClusters(), figure.baselineF1());
			assertThat(r.records()).as(key).isEqualTo(figure.records());
			assertThat(r.precision()).as("%s precision", key).isCloseTo(figure.precision(), within(TOLERANCE));
			assertThat(r.recall()).as("%s recall", key).isCloseTo(figure.recall(), within(TOLERANCE));
			assertThat(r.f1()).as("%s F1", key).isCloseTo(figure.f1(), within(TOLERANCE));
			assertThat(r.bCubedF1()).as("%s B-cubed F1", key).isCloseTo(figure.bCubedF1(), within(TOLERANCE));
			assertThat(r.overMergedClusters()).as("%s over-merged", key).isCloseTo(figure.overMerged(), within(2));
			if (figure.beatsBaseline()) {
				assertThat(r.f1()).as("%s beats the fixed-weight script", key).isGreaterThan(figure.baselineF1());
			}
			else {
				assertThat(r.f1()).as("%s is listed as below the script", key).isLessThanOrEqualTo(figure.baselineF1());
			}
			seen.add(key);
		}
		assertThat(seen).as("every figure has a variant").containsExactlyInAnyOrderElementsOf(figures.keySet());
	}

	@Test
	void readmeShowsTheseFigures() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		for (Figure f : figures().values()) {
			String row = String.format(java.util.Locale.ROOT, "| %s | %s | %,d | %.4f | %.4f | **%.4f** | %.4f | %d | %.4f |", f.dataset(),
					FieldSubset.ofOption(f.fields()).label(), f.records(), f.precision(), f.recall(), f.f1(), f.bCubedF1(),
					f.overMerged(), f.baselineF1());
			assertThat(readme).as("README row for %s", f.key()).contains(row);
		}
	}

}
