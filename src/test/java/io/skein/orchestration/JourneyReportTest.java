package io.skein.orchestration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.security.Role;
import io.skein.support.SkeinTest;
import io.skein.support.TestCaller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static io.skein.orchestration.JourneyParserTest.journey;
import static io.skein.orchestration.JourneyParserTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code journeyReport} on generated instances with a planted conversion difference: treated customers convert
 * with probability 0.15, the control group with 0.08; the measured uplift and its 95% interval bracket the planted
 * 0.07, goals outside the window (before entry, or after 30 days) do not count, the period filters by entry, and
 * an empty control group gives no uplift. (Holdout determinism is JourneyEngineTest's.)
 */
@SkeinTest
class JourneyReportTest {

	static final Instant ENTERED = Instant.parse("2026-11-01T06:30:00Z");

	@Autowired
	JourneyService journeys;

	@Autowired
	JourneyReports reports;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	GraphQlTester graphQl;

	private void define(String key, double holdoutShare) {
		Map<String, Object> definition = journey(JourneyEngineTest.INSURANCE_VIEW,
				step("goal", "EXIT_ON_GOAL", "email", "goalEvent", "Policy_purchased"),
				step("email", "SEND", null, "channel", "EMAIL", "subject", "Cover", "template", "Hi {{firstName|there}}"));
		definition.put("key", key);
		definition.put("holdoutShare", holdoutShare);
		this.journeys.define(definition, "", "test");
	}

	private void plant(String journey, List<Map<String, Object>> rows) {
		this.graph.execute(this.queries.get("test/plant-journey-report"),
				Map.of("journey", journey, "goal", "Policy_purchased", "rows", rows));
	}

	private static Map<String, Object> row(String id, boolean holdout, int version, Instant entered, Integer goalDay,
			String channel, String status) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("customerId", "c-" + id);
		row.put("holdout", holdout);
		row.put("version", version);
		row.put("enteredAt", entered.toString());
		row.put("goalDay", goalDay);
		row.put("channel", channel);
		row.put("status", status);
		return row;
	}

	@Test
	void upliftAndItsIntervalBracketAPlantedDifference() {
		define("cover", 0.2);
		SplittableRandom random = new SplittableRandom(17);
		List<Map<String, Object>> rows = new ArrayList<>();
		int treatedConversions = 0;
		int controlConversions = 0;
		Map<String, Integer> sent = new java.util.TreeMap<>();
		for (int n = 0; n < 2000; n++) {
			boolean holdout = n % 5 == 0; // 400 control, 1600 treated
			boolean converts = random.nextDouble() < (holdout ? 0.08 : 0.15);
			treatedConversions += converts && !holdout ? 1 : 0;
			controlConversions += converts && holdout ? 1 : 0;
			String channel = holdout ? null : (n % 2 == 0 ? "EMAIL" : "SMS");
			String status = n % 3 == 0 ? "FAILED" : "SENT";
			if (channel != null) {
				sent.merge(channel + ":" + status, 1, Integer::sum);
			}
			rows.add(row("i" + n, holdout, n < 1000 ? 1 : 2, ENTERED.plusSeconds(n), converts ? 1 + n % 20 : null, channel, status));
		}
		// goals that do not count: before entry, and after the 30-day window
		rows.add(row("early", false, 1, ENTERED, -1, null, null));
		rows.add(row("late", true, 1, ENTERED, 31, null, null));
		// entered outside the period asked for: in no count
		rows.add(row("before", false, 1, ENTERED.minusSeconds(86_400 * 10), 1, "EMAIL", "SENT"));
		plant("cover", rows);

		JourneyReport report = this.reports.report("cover", ENTERED.minusSeconds(3600), ENTERED.plusSeconds(86_400));
		JourneyReport.Group treated = report.groups().get(0);
		JourneyReport.Group control = report.groups().get(1);
		assertThat(treated.group()).isEqualTo("TREATMENT");
		assertThat(treated.entries()).isEqualTo(1601);
		assertThat(treated.conversions()).isEqualTo(treatedConversions);
		assertThat(control.entries()).isEqualTo(401);
		assertThat(control.conversions()).isEqualTo(controlConversions);
		assertThat(report.goals()).containsExactly("Policy_purchased");
		double pt = treatedConversions / 1601.0;
		double pc = controlConversions / 401.0;
		assertThat(report.uplift()).isCloseTo(pt - pc, within(1e-12));
		double half = 1.959964 * Math.sqrt(pt * (1 - pt) / 1601 + pc * (1 - pc) / 401);
		assertThat(report.upliftLow()).isCloseTo(pt - pc - half, within(1e-9));
		assertThat(report.upliftHigh()).isCloseTo(pt - pc + half, within(1e-9));
		assertThat(report.upliftLow()).as("brackets the planted 0.07, above zero").isBetween(0.0, 0.07);
		assertThat(report.upliftHigh()).isGreaterThan(0.07);
		assertThat(report.versions()).extracting(v -> v.version() + v.group() + v.entries())
			.containsExactly("1TREATMENT801", "1CONTROL201", "2TREATMENT800", "2CONTROL200");
		assertThat(report.messages()).extracting(m -> m.channel() + ":" + m.status() + ":" + m.count())
			.containsExactlyElementsOf(sent.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
		assertThat(sent).hasSize(4);
		assertThat(report.caption()).contains("2002 customers entered cover").contains("the journey raised conversions")
			.contains("within 30 days");

		// the whole history: the earlier instance counts too
		assertThat(this.reports.report("cover", null, null).groups().get(0).entries()).isEqualTo(1602);
	}

	@Test
	void withoutAControlGroupThereIsNoUpliftAndTheReportIsReadByAnalystsOnly() {
		define("no-holdout", 0);
		plant("no-holdout", List.of(row("a", false, 1, ENTERED, 2, "EMAIL", "SENT"), row("b", false, 1, ENTERED, null, null, null)));
		GraphQlTester.Response response = this.graphQl.document("""
				{ journeyReport(key: "no-holdout") { goals windowDays groups { group entries conversions conversionRate }
				  messages { channel status count } uplift upliftLow upliftHigh caption } }""").execute();
		response.path("journeyReport.groups[0].conversionRate").entity(Double.class).isEqualTo(0.5);
		response.path("journeyReport.groups[1].entries").entity(Integer.class).isEqualTo(0);
		response.path("journeyReport.groups[1].conversionRate").valueIsNull();
		response.path("journeyReport.uplift").valueIsNull();
		response.path("journeyReport.upliftLow").valueIsNull();
		response.path("journeyReport.messages[0].count").entity(Integer.class).isEqualTo(1);
		response.path("journeyReport.caption").entity(String.class)
			.satisfies(c -> assertThat(c).contains("There is no control group"));
		this.graphQl.document("{ journeyReport(key: \"ghost\") { caption } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND"));

		TestCaller.runAs(Role.VIEWER);
		this.graphQl.document("{ journeyReport(key: \"no-holdout\") { caption } }").execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
	}

}
