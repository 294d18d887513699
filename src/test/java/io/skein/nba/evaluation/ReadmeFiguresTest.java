package io.skein.nba.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Tests" section quotes the evaluation figures the suite holds the code to, from the one file
 * {@link EvaluationCommandsTest} reads ({@code src/test/resources/evaluation-figures.properties}), word for
 * word: a figure changed in one place and not the other fails here.
 */
class ReadmeFiguresTest {

	@Test
	void readmeQuotesTheFiguresTheTestsAssert() throws IOException {
		Properties f = EvaluationCommandsTest.FIGURES;
		String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
		String tests = readme.substring(readme.indexOf("## Tests"));
		assertThat(tests).contains(sentence(f));
	}

	/** The sentence README's "Tests" section must contain. */
	static String sentence(Properties f) {
		return "On the 200-person bank the suite generates, `evaluate-purposes` must reach type precision "
				+ f.getProperty("purposes.type.precision") + ", recall " + f.getProperty("purposes.type.recall")
				+ " and stage accuracy " + f.getProperty("purposes.stage.accuracy") + ", and `evaluate-offers` hit@3 "
				+ f.getProperty("offers.hit3") + " against " + f.getProperty("offers.popularity") + " for popularity (lift "
				+ f.getProperty("offers.lift") + "×), each within ±" + f.getProperty("tolerance")
				+ " (`src/test/resources/evaluation-figures.properties`), and both must exit 0.";
	}

}
