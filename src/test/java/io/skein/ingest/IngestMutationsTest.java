package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL contract of ingestRecords and track, with the bad input a real source sends. */
@SkeinTest
@Tag("server")
class IngestMutationsTest {

	private static final String INGEST = """
			mutation($records: [SourceRecordInput!]!) {
			  ingestRecords(records: $records) { index status customerId warnings errors { field message classification } }
			}""";

	private static final String TRACK = """
			mutation($events: [EventInput!]!) {
			  track(events: $events) { index status customerId warnings errors { field message } }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphProbe probe;

	@Test
	void aBadItemIsRejectedWithItsFieldWhileTheOthersAreStored() {
		List<Map<String, Object>> records = List.of(
				Map.of("source", "crm", "sourceId", "ok-1", "firstName", "Asha", "attributes", Map.of("IsGlobetrotter", true, "income", 7200)),
				Map.of("sourceId", "no-source"),
				Map.of("source", "crm", "sourceId", " "),
				Map.of("source", "crm", "sourceId", "bad-attributes", "attributes", List.of(1, 2)));

		GraphQlTester.Response response = this.graphQl.document(INGEST).variable("records", records).execute();

		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(3);
			assertThat(errors).allSatisfy(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
			assertThat(errors).extracting(e -> e.getExtensions().get("field"))
				.containsExactly("records[1].source", "records[2].sourceId", "records[3].attributes");
		});
		response.path("ingestRecords[*].status").entityList(String.class)
			.containsExactly("CREATED", "REJECTED", "REJECTED", "REJECTED");
		response.path("ingestRecords[1].errors[0].field").entity(String.class).isEqualTo("records[1].source");
		response.path("ingestRecords[2].errors[0].field").entity(String.class).isEqualTo("records[2].sourceId");
		response.path("ingestRecords[3].errors[0].message").entity(String.class).isEqualTo("expected an object, got an array");
		assertThat(this.probe.rows("stored-records", Map.of())).hasSize(1);
	}

	@Test
	void wrongJsonTypesAreRejectedNamingTheFieldAndStoreNothing() {
		GraphQlTester.Response response = this.graphQl.document(INGEST)
			.variable("records", List.of(Map.of("source", "crm", "sourceId", 42, "firstName", List.of("x"))))
			.execute();

		response.errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getMessage()).contains("records");
			assertThat(errors.get(0).getErrorType().toString()).isIn("ValidationError", "BAD_REQUEST");
		});
		assertThat(this.probe.rows("stored-records", Map.of())).isEmpty();
	}

	@Test
	void aBatchOverTheLimitIsRefusedWhole() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i <= 1000; i++) {
			records.add(Map.of("source", "crm", "sourceId", "b" + i));
		}
		this.graphQl.document(INGEST).variable("records", records).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("field", "records");
			assertThat(errors.get(0).getMessage()).contains("over the limit of 1000");
		});
		assertThat(this.probe.rows("stored-records", Map.of())).isEmpty();
	}

	@Test
	void anOverSizeItemIsRejected() {
		Map<String, Object> huge = Map.of("source", "crm", "sourceId", "huge", "attributes",
				Map.of("notes", "x".repeat(1000), "more", List.of("y".repeat(1000)).stream().toList(), "blob",
						String.join("", java.util.Collections.nCopies(70, "z".repeat(1000)))));
		this.graphQl.document(INGEST).variable("records", List.of(huge)).execute()
			.errors().satisfy(errors -> assertThat(errors).hasSize(1))
			.path("ingestRecords[0].errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("over the limit of 65536"));
		assertThat(this.probe.rows("stored-records", Map.of())).isEmpty();
	}

	@Test
	void eventsAreTrackedWithTypedPropertiesAndReplaysAreUnchanged() {
		List<Map<String, Object>> events = List.of(Map.of("eventId", "ev-1", "type", "Page_viewed", "at",
				"2026-11-03T09:15:00+05:30", "channel", "web", "identifiers", Map.of("email", "alice@example.in"),
				"properties", Map.of("Page URL", "/loans/home-loan", "Page category", "Loans", "Time_on_page_s", 42,
						"Logged_in", false)),
				Map.of("eventId", "ev-2", "type", "Page_viewed", "at", "yesterday", "channel", "carrier-pigeon",
						"anonymousId", "ck-1"),
				Map.of("type", "Page_viewed", "anonymousId", "ck-1"),
				Map.of("eventId", "ev-4", "type", "Page_viewed"));

		GraphQlTester.Response first = this.graphQl.document(TRACK).variable("events", events).execute();
		first.errors().satisfy(errors -> assertThat(errors).extracting(e -> e.getExtensions().get("field"))
			.containsExactly("events[2].eventId", "events[3].identifiers"));
		first.path("track[*].status").entityList(String.class).containsExactly("CREATED", "CREATED", "REJECTED", "REJECTED");
		first.path("track[1].warnings").entityList(String.class).satisfies(w -> assertThat(w)
			.anyMatch(s -> s.startsWith("at:")).anyMatch(s -> s.startsWith("channel:")));
		first.path("track[2].errors[0].field").entity(String.class).isEqualTo("events[2].eventId");
		first.path("track[3].errors[0].field").entity(String.class).isEqualTo("events[3].identifiers");

		this.graphQl.document(TRACK).variable("events", events.subList(0, 2)).execute()
			.path("track[*].status").entityList(String.class).containsExactly("UNCHANGED", "UNCHANGED");
	}

}
