package io.skein.security;

import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 5 of issue 13 over HTTP: a VIEWER reaching a segment through a customer's memberships sees the
 * segment's name, never its rule, size, members or history; an ANALYST sees them all.
 */
@SkeinTest
class NestedAccessTest {

	static final String MEMBERSHIPS = """
			query($id: ID!) { customer(id: $id) { segments { segment { name rule count
			  members { totalCount edges { node { customerId } } } history { customerId } } } } }""";

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	String customerId;

	@BeforeEach
	void setUp() {
		this.customerId = PiiFixture.load(this.ingest);
		GraphQlHttp.Response created = new GraphQlHttp(this.port).post("""
				mutation { createSegment(input: { name: "Ashas", rule: { profile: { field: FIRST_NAME, op: EQ, value: "Asha" } } }) { id } }""",
				Map.of());
		assertThat(created.errors().isMissingNode()).as(created.body().toString()).isTrue();
	}

	@Test
	void aViewerSeesTheSegmentsNameButNotItsMembers() {
		GraphQlHttp viewer = new GraphQlHttp(this.port).withApiKey(this.keys.create("viewer", Role.VIEWER).secret());
		GraphQlHttp.Response names = viewer.post("query($id: ID!) { customer(id: $id) { segments { segment { name } } } }",
				Map.of("id", this.customerId));
		assertThat(names.errors().isMissingNode()).as(names.body().toString()).isTrue();
		assertThat(names.data().path("customer").path("segments").get(0).path("segment").path("name").asString())
			.isEqualTo("Ashas");

		GraphQlHttp.Response response = viewer.post(MEMBERSHIPS, Map.of("id", this.customerId));
		assertThat(response.errors().size()).as(response.body().toString()).isEqualTo(4);
		for (JsonNode error : response.errors()) {
			assertThat(error.path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
			assertThat(error.path("extensions").path("requiredRole").asString()).isEqualTo("ANALYST");
		}
		assertThat(response.body().toString()).doesNotContain("\"customerId\"").doesNotContain("FIRST_NAME");
	}

	@Test
	void anAnalystSeesTheSegmentWhole() {
		GraphQlHttp analyst = new GraphQlHttp(this.port).withApiKey(this.keys.create("analyst", Role.ANALYST).secret());
		GraphQlHttp.Response response = analyst.post(MEMBERSHIPS, Map.of("id", this.customerId));
		assertThat(response.errors().isMissingNode()).as(response.body().toString()).isTrue();
		JsonNode segment = response.data().path("customer").path("segments").get(0).path("segment");
		assertThat(segment.path("members").path("totalCount").asInt()).isGreaterThan(0);
	}

}
