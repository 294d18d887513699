package io.skein.engagement;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Beta-Binomial estimator's shrinkage, and {@code evaluate-journeys} on a small run: learnt beats fixed. */
class EngagementEstimatorTest {

	private final EngagementEstimator estimator = new EngagementEstimator(4);

	private static List<EngagementEstimator.Observation> sends(String channel, int hour, int sends, int opens) {
		List<EngagementEstimator.Observation> out = new ArrayList<>();
		for (int i = 0; i < sends; i++) {
			out.add(new EngagementEstimator.Observation(channel, hour, i < opens));
		}
		return out;
	}

	@Test
	void aCustomerWithoutHistoryGetsThePopulationsBestAndOneWithHistoryTheirOwn() {
		List<EngagementEstimator.Observation> all = new ArrayList<>();
		all.addAll(sends("EMAIL", 10, 100, 30)); // population: e-mail 30%, at 09–12
		all.addAll(sends("SMS", 20, 100, 10)); // SMS 10%, at 18–21
		EngagementEstimator.Population population = this.estimator.population(all);
		Engagement none = this.estimator.estimate(List.of(), population, List.of("EMAIL", "SMS"));
		assertThat(none.bestChannel()).isEqualTo("EMAIL");
		assertThat(none.bestHour()).isEqualTo(9);
		assertThat(none.channelRate()).isCloseTo(0.30, within(1e-9));
		assertThat(none.explanation()).startsWith("No messages sent yet");

		// one SMS opened is not enough to beat the population's e-mail: (1 + 4*0.1)/(1+4) = 0.28 < 0.30
		Engagement one = this.estimator.estimate(sends("SMS", 20, 1, 1), population, List.of("EMAIL", "SMS"));
		assertThat(one.bestChannel()).isEqualTo("EMAIL");
		assertThat(one.sends()).isEqualTo(1);
		assertThat(one.opens()).isEqualTo(1);

		// eight SMS at 19:00, six opened: (6 + 0.4)/12 = 0.53 beats e-mail's prior 0.30
		Engagement many = this.estimator.estimate(sends("SMS", 19, 8, 6), population, List.of("EMAIL", "SMS"));
		assertThat(many.bestChannel()).isEqualTo("SMS");
		assertThat(many.channelRate()).isCloseTo(6.4 / 12, within(1e-9));
		assertThat(many.bestHour()).isEqualTo(18);
		assertThat(many.explanation()).contains("6 of 8 messages opened").contains("18:00–21:00");
	}

	@Test
	void evaluateJourneysLearntChannelAndHourBeatAFixedSchedule() {
		StringWriter out = new StringWriter();
		CommandLine line = new CommandLine(new EvaluateJourneysCommand());
		line.setOut(new PrintWriter(out));
		int code = line.execute("--customers", "300");
		String text = out.toString();
		assertThat(code).as(text).isZero();
		double learnt = figure(text, "open rate learnt channel\\+hour (\\d\\.\\d+)");
		double fixed = figure(text, "open rate fixed EMAIL 10:00\\s+(\\d\\.\\d+)");
		assertThat(learnt).as(text).isGreaterThan(2 * fixed);
		assertThat(figure(text, "planted channel recovered (\\d\\.\\d+)")).as(text).isGreaterThan(0.5);
	}

	@Test
	void withNothingLearntTheCommandDoesNotClaimALift() {
		// no learning sends: every customer gets the population's best, no better than a fixed schedule on average
		EngagementSimulation.Result r = EngagementSimulation.run(new EngagementSimulation.Settings(300, 0, 10, 17, 4));
		assertThat(r.learnt()).isLessThan(0.15);
		assertThat(r.channelRecovered()).isLessThan(0.4);
	}

	private static double figure(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex + " in " + text).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
