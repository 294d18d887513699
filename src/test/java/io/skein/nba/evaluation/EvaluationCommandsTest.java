package io.skein.nba.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.skein.nba.NextBestOfferService;
import io.skein.purpose.PurposeService;
import io.skein.purpose.PurposeTest;
import io.skein.purpose.evaluation.GeneratedBank;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Both evaluation commands run end to end on a small generated bank (200 people), exit 0, and reach the
 * figures in {@code src/test/resources/evaluation-figures.properties} within its tolerance: purposes' type
 * precision and recall and stage accuracy, offers' hit@3, the popularity baseline and the lift over it.
 * README quotes the same file ({@link ReadmeFiguresTest}).
 */
@PurposeTest
class EvaluationCommandsTest {

	static final Properties FIGURES = figures();

	@Autowired
	GeneratedBank banks;

	@Autowired
	PurposeService purposes;

	@Autowired
	NextBestOfferService offers;

	@Autowired
	ApplicationContext context;

	@Test
	void offersAreScoredAgainstHiddenHoldings() {
		Run run = run(new EvaluateOffersCommand(this.banks, this.offers), "--people", "200");
		assertThat(run.exitCode()).as(run.out()).isZero();
		String out = run.out();
		double model = figure(out, "hit@3 next-best offers (\\d\\.\\d+)");
		double baseline = figure(out, "hit@3 popularity\\s+(\\d\\.\\d+)");
		assertNear(out, "offers.hit3", model);
		assertNear(out, "offers.popularity", baseline);
		assertNear(out, "offers.lift", figure(out, "lift over popularity\\s+(\\d+\\.\\d+)x"));
		assertThat(model).as(out).isGreaterThan(baseline);
		Run again = run(new EvaluateOffersCommand(this.banks, this.offers), "--people", "20");
		assertThat(again.out()).as("refuses a graph that is not empty").isEmpty();
		assertThat(again.exitCode()).as("refuses a graph that is not empty").isNotZero();
	}

	@Test
	void purposesAreScoredAgainstThePlantedOnes() {
		Object command = this.context.getBeansWithAnnotation(CommandLine.Command.class).get("evaluatePurposesCommand");
		Run run = run(command, "--people", "200");
		assertThat(run.exitCode()).as(run.out()).isZero();
		String out = run.out();
		assertNear(out, "purposes.type.precision", figure(out, "type\\s+precision (\\d\\.\\d+)"));
		assertNear(out, "purposes.type.recall", figure(out, "type\\s+precision \\d\\.\\d+  recall (\\d\\.\\d+)"));
		assertNear(out, "purposes.stage.accuracy", figure(out, "stage accuracy where the type was found (\\d\\.\\d+)"));
	}

	private static void assertNear(String out, String name, double actual) {
		double expected = Double.parseDouble(FIGURES.getProperty(name));
		double tolerance = Double.parseDouble(FIGURES.getProperty("tolerance"));
		assertThat(actual).as(name + " (evaluation-figures.properties says " + expected + " ± " + tolerance + ")\n" + out)
			.isCloseTo(expected, within(tolerance));
	}

	static Properties figures() {
		Properties figures = new Properties();
		try (InputStream in = EvaluationCommandsTest.class.getResourceAsStream("/evaluation-figures.properties")) {
			figures.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return figures;
	}

	private record Run(int exitCode, String out) {
	}

	private static Run run(Object command, String... args) {
		StringWriter out = new StringWriter();
		CommandLine cli = new CommandLine(command);
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(new StringWriter()));
		int exit = cli.execute(args);
		return new Run(exit, out.toString());
	}

	private static double figure(String out, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(out);
		assertThat(m.find()).as(pattern + " in\n" + out).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
