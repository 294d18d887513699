package io.skein.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 3 of issue 13: a VIEWER walks every path of the schema it may reach from a customer (every
 * field with no required argument, four levels deep, and next-best offers) over a customer whose data
 * hides PII in a page URL, a call-centre note and odd attribute keys; no raw value comes back anywhere,
 * while a STEWARD sees them.
 */
@SkeinTest
class MaskEverywhereTest {

	static final String URL = "https://bank.example/loans/home-loan?email=asha.rao%40example.in&dob=1990-02-14&ref=web";

	static final String NOTE = "Wants a home loan. Born 14/02/1990, PAN ABCDE1234F, lives at 12 MG Road, Bengaluru 560001;"
			+ " call +91 98765 43210 or asha.rao@example.in";

	static final List<String> RAW = List.of("asha.rao", "Asha.Rao", "98765", "1990-02-14", "14/02/1990", "MG Road",
			"SB1001", "SB-1001", "ABCDE1234F", "560001", "AAPPR7788K", "Koramangala");

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@Autowired
	GraphQlSource source;

	@LocalServerPort
	int port;

	String customerId;

	@BeforeEach
	void setUp() {
		Map<String, Object> record = new HashMap<>(PiiFixture.record());
		record.put("attributes", Map.of("born", "1990-02-14", "panNumber", "AAPPR7788K", "postalCode", "560001", "addr",
				"4th Block Koramangala", "IsGlobetrotter", true));
		this.customerId = this.ingest.ingestRecords(List.of(record), "records").get(0).customerId();
		this.ingest.track(List.of(
				Map.of("eventId", "ev-url", "type", "Page_viewed", "at", "2026-11-03T09:15:00Z", "channel", "web",
						"identifiers", Map.of("email", PiiFixture.EMAIL), "properties", Map.of("Page URL", URL)),
				Map.of("eventId", "ev-note", "type", "Call_completed", "at", "2026-11-03T10:15:00Z", "channel",
						"call_centre", "identifiers", Map.of("email", PiiFixture.EMAIL), "properties",
						Map.of("notes", NOTE))), "events");
	}

	@Test
	void aViewerFindsNoRawPiiOnAnyPath() {
		String document = "query($id: ID!) { customer(id: $id) " + selection("Customer", 0, new HashSet<>())
				+ " nextBestOffers(customerId: $id, first: 5) " + selection("NextBestOffer", 0, new HashSet<>()) + " }";
		GraphQlHttp viewer = new GraphQlHttp(this.port).withApiKey(this.keys.create("viewer", Role.VIEWER).secret());
		String body = viewer.post(document, Map.of("id", this.customerId)).body().toString();
		assertThat(body).contains("Asha").contains("home-loan");
		for (String pii : RAW) {
			assertThat(body).as("a VIEWER sees " + pii + " in " + body).doesNotContain(pii);
		}
		String steward = new GraphQlHttp(this.port).withApiKey(this.keys.create("steward", Role.STEWARD).secret())
			.post(document, Map.of("id", this.customerId))
			.body()
			.toString();
		assertThat(steward).contains("ABCDE1234F", "AAPPR7788K", "14/02/1990");
	}

	@Test
	void valuesAreMaskedByTheirLookAndOddKeysByName() {
		assertThat(Masks.freeText(URL)).doesNotContain("asha.rao").doesNotContain("1990").contains("/loans/home-loan");
		String note = Masks.freeText(NOTE);
		for (String pii : RAW) {
			assertThat(note).doesNotContain(pii);
		}
		assertThat(note).contains("home loan", "+91******3210", "a***@example.in");
		assertThat(Masks.freeText("at 2026-11-03T09:15:00Z, ref 12345")).isEqualTo("at 2026-11-03T09:15:00Z, ref 12345");
		assertThat(Masks.json(Map.of("born", "1990-02-14", "panNumber", "X", "postalCode", "560001", "addr", "y")))
			.isEqualTo(Map.of("born", "****-**-**", "panNumber", "***", "postalCode", "***", "addr", "***"));
	}

	/** Every field of a type with no required argument, to {@code depth} 4, not re-entering a type on the path. */
	private String selection(String typeName, int depth, Set<String> path) {
		GraphQLType type = this.source.schema().getType(typeName);
		if (!(type instanceof GraphQLFieldsContainer container) || depth > 4 || !path.add(typeName)) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
			if (field.getArguments().stream().anyMatch(a -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue())) {
				continue;
			}
			GraphQLType result = GraphQLTypeUtil.unwrapAll(field.getType());
			if (result instanceof GraphQLFieldsContainer) {
				String nested = selection(((GraphQLFieldsContainer) result).getName(), depth + 1, path);
				if (nested != null) {
					fields.add(field.getName() + " " + nested);
				}
			}
			else if (!(result instanceof graphql.schema.GraphQLUnionType)) {
				fields.add(field.getName());
			}
		}
		path.remove(typeName);
		return fields.isEmpty() ? null : "{ " + String.join(" ", fields) + " }";
	}

}
