package io.skein.security;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 4 of issue 13, the rest: an ANALYST recovered a date of birth in 15 {@code previewRule} calls
 * and a postcode in 53, and a VIEWER may search without end. Below STEWARD, searches and previews are
 * limited per caller per minute, and a preview of a rule on personal fields never gives a count below k.
 */
@SkeinTest
class GuessingLimitsTest {

	private static final String SEARCH = "query($t: String!) { searchCustomers(text: $t) { totalCount } }";

	private static final String PREVIEW = "query($r: RuleInput!) { previewRule(rule: $r) }";

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@Autowired
	GuessingLimits limits;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		PiiFixture.load(this.ingest);
	}

	@AfterEach
	void restore() {
		this.limits.setSearchPerMinute(60);
		this.limits.setPreviewPerMinute(30);
	}

	@Test
	void searchesBeyondTheLimitAreRefusedPerCallerNotForStewards() {
		this.limits.setSearchPerMinute(3);
		GraphQlHttp viewer = as("viewer", Role.VIEWER);
		for (int i = 0; i < 3; i++) {
			GraphQlHttp.Response ok = viewer.post(SEARCH, Map.of("t", "Asha"));
			assertThat(ok.errors().isMissingNode()).as(ok.body().toString()).isTrue();
		}
		GraphQlHttp.Response refused = viewer.post(SEARCH, Map.of("t", "Asha"));
		assertThat(refused.classification()).isEqualTo("RATE_LIMITED");
		assertThat(refused.errors().get(0).path("extensions").path("retryAfterSeconds").asInt()).isBetween(1, 60);
		assertThat(refused.body().toString()).doesNotContain("totalCount\":1");
		// aliases count one each: a document of several guesses is refused whole once over
		GraphQlHttp.Response aliased = as("viewer-2", Role.VIEWER)
			.post("{ a: searchCustomers(text: \"A\") { totalCount } b: searchCustomers(text: \"B\") { totalCount }"
					+ " c: searchCustomers(text: \"C\") { totalCount } d: searchCustomers(text: \"D\") { totalCount } }", Map.of());
		assertThat(aliased.classification()).isEqualTo("RATE_LIMITED");
		GraphQlHttp steward = as("steward", Role.STEWARD);
		for (int i = 0; i < 5; i++) {
			assertThat(steward.post(SEARCH, Map.of("t", "Asha")).data().path("searchCustomers").path("totalCount").asInt())
				.isEqualTo(1);
		}
	}

	@Test
	void previewsBeyondTheLimitAreRefused() {
		this.limits.setPreviewPerMinute(2);
		GraphQlHttp analyst = as("analyst", Role.ANALYST);
		Map<String, Object> rule = Map.of("profile", Map.of("field", "SOURCE", "op", "EQ", "value", "crm"));
		assertThat(analyst.post(PREVIEW, Map.of("r", rule)).data().path("previewRule").asInt()).isEqualTo(1);
		assertThat(analyst.post(PREVIEW, Map.of("r", rule)).data().path("previewRule").asInt()).isEqualTo(1);
		assertThat(analyst.post(PREVIEW, Map.of("r", rule)).classification()).isEqualTo("RATE_LIMITED");
	}

	/** The attack: bisecting a date of birth with BETWEEN previews of one customer. */
	@Test
	void aPreviewOnPersonalFieldsNeverGivesACountBelowK() {
		GraphQlHttp analyst = as("analyst", Role.ANALYST);
		for (Map<String, Object> rule : List.<Map<String, Object>>of(
				Map.of("profile", Map.of("field", "DATE_OF_BIRTH", "op", "BETWEEN", "value", List.of("1990-01-01", "1990-06-30"))),
				Map.of("profile", Map.of("field", "POSTCODE", "op", "STARTS_WITH", "value", "5600")),
				Map.of("and", List.of(Map.of("profile", Map.of("field", "SOURCE", "op", "EQ", "value", "crm")),
						Map.of("attribute", Map.of("name", "income", "op", "GT", "value", 7000)))),
				Map.of("profile", Map.of("field", "DATE_OF_BIRTH", "op", "EQ", "value", "1971-01-01")))) {
			GraphQlHttp.Response response = analyst.post(PREVIEW, Map.of("r", rule));
			assertThat(response.classification()).as(rule.toString()).isEqualTo("COUNT_BELOW_MINIMUM");
			assertThat(response.errors().get(0).path("extensions").path("countBelowMinimum").asBoolean()).isTrue();
			assertThat(response.errors().get(0).path("extensions").path("countText").asString()).isEqualTo("< 10");
			assertThat(response.data().path("previewRule").isNumber()).as("no count given").isFalse();
		}
		Map<String, Object> dob = Map.of("profile", Map.of("field", "DATE_OF_BIRTH", "op", "EQ", "value", "1990-02-14"));
		assertThat(as("steward", Role.STEWARD).post(PREVIEW, Map.of("r", dob)).data().path("previewRule").asInt())
			.as("a steward sees the value anyway").isEqualTo(1);
		Map<String, Object> impersonal = Map.of("profile", Map.of("field", "SOURCE", "op", "EQ", "value", "crm"));
		assertThat(analyst.post(PREVIEW, Map.of("r", impersonal)).data().path("previewRule").asInt())
			.as("a rule on no personal field keeps its exact count").isEqualTo(1);
	}

	private GraphQlHttp as(String name, Role role) {
		return new GraphQlHttp(this.port).withApiKey(this.keys.create(name, role).secret());
	}

}
