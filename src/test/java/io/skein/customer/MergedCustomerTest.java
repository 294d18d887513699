package io.skein.customer;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An id absorbed by a merge keeps resolving: {@code customer(id)} answers with the survivor. */
@SkeinTest
@Tag("server")
class MergedCustomerTest {

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	@Test
	void anAbsorbedIdResolvesToTheSurvivor() {
		String older = ingest(Map.of("source", "crm", "sourceId", "a", "firstName", "Meera", "lastName", "Iyer",
				"email", "meera@example.in"));
		String younger = ingest(Map.of("source", "web", "sourceId", "b", "firstName", "Meera", "lastName", "Iyer",
				"email", "meera.iyer@example.com", "accounts", List.of(Map.of("accountNumber", "SB-9001"))));
		assertThat(younger).isNotEqualTo(older);
		// one record carries the first customer's email and the second customer's account: it bridges them
		String bridged = ingest(Map.of("source", "core", "sourceId", "c", "firstName", "Meera", "lastName", "Iyer",
				"email", "MEERA@example.in", "accounts", List.of(Map.of("accountNumber", "SB9001"))));
		assertThat(bridged).isEqualTo(older);

		GraphQlHttp http = new GraphQlHttp(this.port);
		for (String asked : List.of(older, younger)) {
			GraphQlHttp.Response response = http.post(Documents.named("customerSummary"), Map.of("id", asked));
			JsonNode customer = response.data().path("customer");
			assertThat(customer.path("id").asString()).as(response.body().toString()).isEqualTo(older);
			assertThat(customer.path("sourceRecords").findValuesAsString("sourceId")).containsExactlyInAnyOrder("a",
					"b", "c");
			JsonNode merges = customer.path("merges");
			assertThat(merges.size()).isEqualTo(1);
			assertThat(merges.get(0).path("survivorId").asString()).isEqualTo(older);
			assertThat(merges.get(0).path("absorbedIds").get(0).asString()).isEqualTo(younger);
			assertThat(merges.get(0).path("triggeredBy").get(0).asString()).startsWith("r-");
		}
	}

	private String ingest(Map<String, Object> record) {
		return this.ingest.ingestRecords(List.of(record), "records").get(0).customerId();
	}

}
