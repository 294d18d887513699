package io.skein.orchestration;

import java.util.List;
import java.util.Map;

import io.skein.security.Role;
import io.skein.segment.ShippedSegments;
import io.skein.support.SkeinTest;
import io.skein.support.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static io.skein.orchestration.JourneyParserTest.send;
import static io.skein.orchestration.JourneyParserTest.step;
import static org.assertj.core.api.Assertions.assertThat;

/** Journey definitions over GraphQL: versions, paths at fault, roles, pause and resume, the shipped journeys. */
@SkeinTest
class JourneyDefinitionTest {

	static final String DEFINE = """
			mutation($d: JourneyInput!) { defineJourney(definition: $d) { key name status version latestVersion definition
			  definedBy versions { version } } }""";

	static final String READ = """
			query($k: ID!, $v: Int) { journey(key: $k, version: $v) { key name version latestVersion definition definedAt
			  versions { version definition definedBy } } }""";

	static final Map<String, Object> ENTRY = Map.of("kind", "SEGMENT_ENTRY", "segment", "one-time-user");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ShippedSegments segments;

	@Autowired
	ShippedJourneys shipped;

	@Autowired
	JourneyService journeys;

	@BeforeEach
	void shippedSegments() {
		this.segments.ensure();
	}

	@Test
	void eachChangeIsANewVersionAndTheEarlierOnesAreKept() {
		Map<String, Object> v1 = JourneyParserTest.journey(ENTRY, send("hello", null));
		GraphQlTester.Response first = define(v1);
		first.path("defineJourney.version").entity(Integer.class).isEqualTo(1);
		first.path("defineJourney.status").entity(String.class).isEqualTo("ACTIVE");
		first.path("defineJourney.definedBy").entity(String.class).isEqualTo("test-admin");
		first.path("defineJourney.definition.steps[0].template").entity(String.class).isEqualTo("Hello {{firstName|there}}");

		define(v1).path("defineJourney.version").entity(Integer.class).isEqualTo(1);

		Map<String, Object> v2 = JourneyParserTest.journey(ENTRY, send("hello", "wait"), step("wait", "WAIT", "again",
				"duration", "P3D"), send("again", null, "Still there, {{firstName|friend}}?"));
		v2.put("name", "Test journey, with a reminder");
		GraphQlTester.Response second = define(v2);
		second.path("defineJourney.version").entity(Integer.class).isEqualTo(2);
		second.path("defineJourney.versions[*].version").entityList(Integer.class).containsExactly(2, 1);
		second.path("defineJourney.name").entity(String.class).isEqualTo("Test journey, with a reminder");

		GraphQlTester.Response old = this.graphQl.document(READ).variable("k", "test-journey").variable("v", 1).execute();
		old.path("journey.version").entity(Integer.class).isEqualTo(1);
		old.path("journey.latestVersion").entity(Integer.class).isEqualTo(2);
		old.path("journey.name").entity(String.class).isEqualTo("Test journey");
		old.path("journey.definition.steps").entityList(Object.class).hasSize(1);
		this.graphQl.document(READ).variable("k", "test-journey").execute().path("journey.definition.steps")
			.entityList(Object.class).hasSize(3);
		this.graphQl.document(READ).variable("k", "test-journey").variable("v", 3).execute().path("journey").valueIsNull();
		this.graphQl.document(READ).variable("k", "no-such-journey").execute().path("journey").valueIsNull();
		this.graphQl.document("{ journeys { key version } }").execute().path("journeys[*].key").entityList(String.class)
			.containsExactly("test-journey");
	}

	@Test
	void definitionsAtOnceGetConsecutiveVersions() throws Exception {
		int writers = 4;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
		try {
			List<java.util.concurrent.Future<Journey>> defined = new java.util.ArrayList<>();
			for (int i = 0; i < writers; i++) {
				Map<String, Object> definition = JourneyParserTest.journey(ENTRY, send("a", null, "Variant " + i + ", {{firstName|there}}"));
				defined.add(pool.submit(() -> this.journeys.define(definition, "", "writer")));
			}
			List<Integer> versions = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Journey> f : defined) {
				versions.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).version());
			}
			assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.journeys.versions("test-journey")).extracting(JourneyVersion::version).containsExactly(4, 3, 2, 1);
		assertThat(this.journeys.versions("test-journey")).extracting(v -> v.definition().toString()).doesNotHaveDuplicates();
	}

	@Test
	void badDefinitionsAreRejectedWithThePathAtFault() {
		expectError(JourneyParserTest.journey(ENTRY, send("a", "b"), send("b", "c"), send("c", null, "Hi {{foo|x}}")),
				"definition.steps[2].template", "unknown token {{foo}}");
		expectError(JourneyParserTest.journey(ENTRY, send("a", "b"), send("b", "c"), send("c", "d"), send("d", "s9")),
				"definition.steps[3].next", "no step s9");
		expectError(JourneyParserTest.journey(Map.of("kind", "SEGMENT_ENTRY", "segment", "ghosts"), send("a", null)),
				"definition.trigger.segment", "unknown segment ghosts");
		expectError(JourneyParserTest.journey(ENTRY, step("a", "BRANCH", null, "branches", List.of(Map.of("when",
				Map.of("attribute", Map.of("name", "income", "op", "GT", "value", "rich")))))),
				"definition.steps[0].branches[0].when.attribute.value", "NUMBER");
		expectError(JourneyParserTest.journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "income", "offset", "-P3D"),
				send("a", null)), "definition.trigger.attribute", "type DATE");
		this.graphQl.document("{ journeys { key } }").execute().path("journeys").entityList(Object.class).hasSize(0);
	}

	@Test
	void analystsReadAndOnlyAdminsDefineOrPause() {
		define(JourneyParserTest.journey(ENTRY, send("a", null)));
		TestCaller.runAs(Role.ANALYST);
		this.graphQl.document("{ journeys { key definedBy } }").execute().path("journeys[0].key").entity(String.class)
			.isEqualTo("test-journey");
		for (String document : List.of("mutation { pauseJourney(key: \"test-journey\") { status } }",
				"mutation { resumeJourney(key: \"test-journey\") { status } }")) {
			forbidden(document, Map.of());
		}
		forbidden(DEFINE, Map.of("d", JourneyParserTest.journey(ENTRY, send("b", null))));
		TestCaller.runAs(Role.VIEWER);
		forbidden("{ journeys { key } }", Map.of());
		forbidden("{ journey(key: \"test-journey\") { key } }", Map.of());

		TestCaller.runAs(Role.ADMIN);
		this.graphQl.document("mutation { pauseJourney(key: \"test-journey\") { status version } }").execute()
			.path("pauseJourney.status").entity(String.class).isEqualTo("PAUSED");
		this.graphQl.document("{ journeys { status } }").execute().path("journeys[0].status").entity(String.class)
			.isEqualTo("PAUSED");
		this.graphQl.document("mutation { resumeJourney(key: \"test-journey\") { status } }").execute()
			.path("resumeJourney.status").entity(String.class).isEqualTo("ACTIVE");
		this.graphQl.document("mutation { pauseJourney(key: \"nope\") { status } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
		});
	}

	@Test
	void theShippedJourneysAreValidAndDefinedOnce() {
		List<Map<String, Object>> definitions = ShippedJourneys.definitions();
		assertThat(definitions).extracting(d -> d.get("key")).containsExactly("one-time-user", "abandoned-loan-application",
				"emi-reminder", "policy-renewal-reminder", "fd-maturity-reminder");
		for (Map<String, Object> definition : definitions) {
			assertThat(this.journeys.check(definition, "").key()).isEqualTo(definition.get("key"));
		}
		JourneyDefinition oneTime = this.journeys.check(definitions.get(0), "");
		assertThat(oneTime.trigger()).isEqualTo(new Trigger.SegmentEntry("one-time-user"));
		assertThat(((Step.Branch) oneTime.entry()).arms()).hasSize(3);
		assertThat(oneTime.steps()).filteredOn(Step.Send.class::isInstance).extracting(s -> ((Step.Send) s).channel())
			.containsExactly(Step.Channel.EMAIL, Step.Channel.PUSH, Step.Channel.SMS);
		JourneyDefinition emi = this.journeys.check(definitions.get(2), "");
		assertThat(emi.trigger()).isEqualTo(new Trigger.DateAttribute("emiDueDate", java.time.Duration.ofDays(-7)));
		assertThat(this.journeys.check(definitions.get(3), "").trigger())
			.isEqualTo(new Trigger.DateAttribute("policyRenewalDate", java.time.Duration.ofDays(-30)));
		assertThat(this.journeys.check(definitions.get(4), "").trigger())
			.isEqualTo(new Trigger.DateAttribute("fdMaturityDate", java.time.Duration.ofDays(-7)));

		assertThat(this.shipped.ensure()).containsExactly("one-time-user", "abandoned-loan-application", "emi-reminder",
				"policy-renewal-reminder", "fd-maturity-reminder");
		assertThat(this.shipped.ensure()).isEmpty();
		this.graphQl.document("{ journeys { key version definedBy } }").execute().path("journeys[*].key")
			.entityList(String.class).containsExactly("abandoned-loan-application", "emi-reminder", "fd-maturity-reminder",
					"one-time-user", "policy-renewal-reminder");
		this.graphQl.document("{ journey(key: \"emi-reminder\") { definedBy version } }").execute()
			.path("journey.definedBy").entity(String.class).isEqualTo(ShippedJourneys.DEFINED_BY);
	}

	private GraphQlTester.Response define(Map<String, Object> definition) {
		return this.graphQl.document(DEFINE).variable("d", definition).execute();
	}

	private void expectError(Map<String, Object> definition, String field, String message) {
		this.graphQl.document(DEFINE).variable("d", definition).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("field", field);
			assertThat(errors.get(0).getMessage()).contains(message);
		});
	}

	private void forbidden(String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.document(document);
		variables.forEach(request::variable);
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
	}

}
