package io.skein.security;

import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 4 of issue 13: a VIEWER cannot confirm a guessed email or phone number through search (it needs
 * STEWARD), and cannot try many guesses in one request (aliases are limited).
 */
@SkeinTest
class GuessingMaskedValuesTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		PiiFixture.load(this.ingest);
	}

	@Test
	void searchingByAContactValueNeedsSteward() {
		GraphQlHttp viewer = new GraphQlHttp(this.port).withApiKey(this.keys.create("viewer", Role.VIEWER).secret());
		GraphQlHttp steward = new GraphQlHttp(this.port).withApiKey(this.keys.create("steward", Role.STEWARD).secret());
		String search = "query($t: String!) { searchCustomers(text: $t) { totalCount } }";
		for (String guess : new String[] { PiiFixture.EMAIL, "+91 98765 43210", "9876543210", "ABCDE1234F", "1990-02-14" }) {
			GraphQlHttp.Response refused = viewer.post(search, Map.of("t", guess));
			assertThat(refused.errors().get(0).path("extensions").path("classification").asString()).as(guess)
				.isEqualTo("FORBIDDEN");
			assertThat(refused.body().toString()).doesNotContain("totalCount\":1");
		}
		assertThat(steward.post(search, Map.of("t", PiiFixture.EMAIL)).data().path("searchCustomers").path("totalCount")
			.asInt()).isEqualTo(1);
		GraphQlHttp.Response byName = viewer.post(search, Map.of("t", "Asha Rao"));
		assertThat(byName.errors().isMissingNode()).as(byName.body().toString()).isTrue();
		assertThat(byName.data().path("searchCustomers").path("totalCount").asInt()).isEqualTo(1);
	}

	@Test
	void manyGuessesInOneRequestAreRefused() {
		GraphQlHttp viewer = new GraphQlHttp(this.port).withApiKey(this.keys.create("viewer", Role.VIEWER).secret());
		StringBuilder doc = new StringBuilder("{");
		for (int i = 0; i < 100; i++) {
			doc.append(" g").append(i).append(": searchCustomers(text: \"Asha ").append(i).append("\") { totalCount }");
		}
		GraphQlHttp.Response response = viewer.post(doc.append(" }").toString(), Map.of());
		assertThat(response.errors().get(0).path("extensions").path("classification").asString())
			.isEqualTo("QUERY_TOO_COMPLEX");
	}

}
