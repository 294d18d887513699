package io.skein.nba.evaluation;

import java.io.PrintWriter;
import java.io.StringWriter;
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

/** Both evaluation commands run end to end on a small generated bank and print their figures. */
@PurposeTest
class EvaluationCommandsTest {

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
		String out = run(new EvaluateOffersCommand(this.banks, this.offers), "--people", "200");
		assertThat(out).contains("hit@3 next-best offers").contains("hit@3 popularity");
		double model = figure(out, "hit@3 next-best offers (\\d\\.\\d+)");
		double baseline = figure(out, "hit@3 popularity\\s+(\\d\\.\\d+)");
		assertThat(model).isBetween(0.0, 1.0);
		assertThat(model).as(out).isGreaterThan(baseline);
		assertThat(run(new EvaluateOffersCommand(this.banks, this.offers), "--people", "20"))
			.as("refuses a graph that is not empty").isEmpty();
	}

	@Test
	void purposesAreScoredAgainstThePlantedOnes() {
		Object command = this.context.getBeansWithAnnotation(CommandLine.Command.class).get("evaluatePurposesCommand");
		String out = run(command, "--people", "200");
		assertThat(figure(out, "type\\s+precision (\\d\\.\\d+)")).as(out).isGreaterThan(0.5);
		assertThat(figure(out, "type\\s+precision \\d\\.\\d+  recall (\\d\\.\\d+)")).as(out).isGreaterThan(0.5);
	}

	private static String run(Object command, String... args) {
		StringWriter out = new StringWriter();
		CommandLine cli = new CommandLine(command);
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(new StringWriter()));
		cli.execute(args);
		return out.toString();
	}

	private static double figure(String out, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(out);
		assertThat(m.find()).as(out).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
