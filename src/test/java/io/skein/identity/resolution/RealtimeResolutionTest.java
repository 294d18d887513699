package io.skein.identity.resolution;

import java.util.List;
import java.util.Map;

import io.skein.identity.Ids;
import io.skein.support.GraphProbe;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Real-time resolution through GraphQL: fuzzy duplicates join their customer, or the review queue, at once. */
@SkeinTest
@Tag("server")
class RealtimeResolutionTest {

	private static final String INGEST = "mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status customerId errors { message } } }";

	@LocalServerPort
	int port;

	@Autowired
	GraphProbe probe;

	@Autowired
	ResolutionService resolution;

	@Test
	void aFuzzyDuplicateIngestedThroughGraphQlJoinsItsCustomerBeforeTheCallReturns() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		String anita = ingest(http, People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of("email", "anita.desai@example.in")));
		// a typo in the given name, and no identifier in common: stitching alone would keep two customers
		String duplicate = ingest(http, People.record("core_banking", "9", "Anitha", "Desai", "1980-02-03", "Pune",
				Map.of("phone", "+919845012345")));

		assertThat(duplicate).isEqualTo(anita);
		assertThat(this.probe.customerOf("core_banking", "9")).isEqualTo(anita);
		JsonNode why = http.post("query($a: ID!, $b: ID!) { explainMatch(a: $a, b: $b) { band linked total reasons "
				+ "comparisons { attribute level weight } } }",
				Map.of("a", Ids.sourceRecord("crm", "1"), "b", Ids.sourceRecord("core_banking", "9")))
			.data()
			.path("explainMatch");
		assertThat(why.path("band").asString()).isEqualTo("LINK");
		assertThat(why.path("linked").asBoolean()).isTrue();
		assertThat(why.path("total").asDouble()).isGreaterThan(0);
		assertThat(why.path("reasons").size()).isPositive();
		assertThat(levels(why)).containsEntry("familyName", "EXACT")
			.containsEntry("dateOfBirth", "EXACT")
			.hasEntrySatisfying("givenName", level -> assertThat(level).isNotIn("EXACT", "DIFFERENT", "MISSING"));

		// the same name and nothing else: too weak to link, strong enough to review, queued at once
		String weaker = ingest(http, People.record("web", "1", "Anita", "Desai", null, null, Map.of()));

		assertThat(weaker).isNotEqualTo(anita);
		JsonNode queue = http.post("{ reviewQueue(first: 5) { totalCount edges { node { kind left { id } right { id } "
				+ "explanation { band linked } } } } }", Map.of()).data().path("reviewQueue");
		assertThat(queue.path("totalCount").asInt()).isPositive();
		for (JsonNode edge : queue.path("edges")) {
			JsonNode item = edge.path("node");
			assertThat(item.path("kind").asString()).isEqualTo("REVIEW");
			assertThat(List.of(item.path("left").path("id").asString(), item.path("right").path("id").asString()))
				.containsExactlyInAnyOrder(anita, weaker);
			assertThat(item.path("explanation").path("linked").asBoolean()).isFalse();
		}

		// a full resolve finds nothing left to do
		ResolutionReport full = this.resolution.resolve(false);
		assertThat(full.customersMerged() + full.customersSplit()).isZero();
		assertThat(this.probe.customerOf("web", "1")).isEqualTo(weaker);
	}

	private static Map<String, String> levels(JsonNode explanation) {
		Map<String, String> levels = new java.util.HashMap<>();
		explanation.path("comparisons").forEach(c -> levels.put(c.path("attribute").asString(), c.path("level").asString()));
		return levels;
	}

	private static String ingest(GraphQlHttp http, Map<String, Object> record) {
		GraphQlHttp.Response response = http.post(INGEST, Map.of("r", List.of(record)));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString()).isTrue();
		JsonNode result = response.data().path("ingestRecords").get(0);
		assertThat(result.path("status").asString()).isEqualTo("CREATED");
		return result.path("customerId").asString();
	}

}
