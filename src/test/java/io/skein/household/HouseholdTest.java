package io.skein.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people sharing a family phone and mailbox, ingested through GraphQL, stay two customers and show as
 * one household; a third record of one of them still joins that one.
 */
@SkeinTest
class HouseholdTest {

	private static final String INGEST = """
			mutation($records: [SourceRecordInput!]!) {
			  ingestRecords(records: $records) { customerId status warnings }
			}""";

	private static final String CUSTOMER = """
			query($id: ID!) {
			  customer(id: $id) {
			    id
			    household { id members { id profile { fullName { value } } } sharedIdentifiers { type value } }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Households households;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void peopleSharingAPhoneAndAMailboxAreOneHouseholdNotOneCustomer() {
		String meera = ingest(person("crm", "1", "Meera", "1984-05-12"));
		String arjun = ingest(person("web", "2", "Arjun", "1981-11-30"));
		assertThat(arjun).as("a shared phone and mailbox join no two people").isNotEqualTo(meera);

		JsonNode household = customer(meera, this.http).path("household");
		assertThat(household.isObject()).as("Meera's household").isTrue();
		assertThat(ids(household.path("members"))).containsExactlyInAnyOrder(meera, arjun);
		assertThat(names(household.path("members"))).containsExactlyInAnyOrder("Meera Shah", "Arjun Shah");
		assertThat(shared(household)).containsExactlyInAnyOrder("EMAIL shahs@example.in", "PHONE +919845012345",
				"ADDRESS 4 Lake View Road, 400050");
		assertThat(customer(arjun, this.http).path("household").path("id").asString())
			.isEqualTo(household.path("id").asString());

		String meeraAgain = ingest(Map.of("source", "branch", "sourceId", "3", "firstName", "Meera", "lastName", "Shah",
				"email", "shahs@example.in"));
		assertThat(meeraAgain).as("the same given name still stitches through the family mailbox").isEqualTo(meera);
		assertThat(ids(customer(meera, this.http).path("household").path("members"))).containsExactlyInAnyOrder(meera, arjun);
	}

	@Test
	void peopleAtOneAddressWrittenTwoWaysAreOneHousehold() {
		String meera = ingest(Map.of("source", "crm", "sourceId", "1", "firstName", "Meera", "lastName", "Shah",
				"dateOfBirth", "1984-05-12", "address", Map.of("line1", "Flat 3/4, St. Mary Road", "postcode", "400050")));
		String arjun = ingest(Map.of("source", "web", "sourceId", "2", "firstName", "Arjun", "lastName", "Shah",
				"dateOfBirth", "1981-11-30", "address", Map.of("line1", "FLAT 34 ST MARY-ROAD", "postcode", "400050")));
		String elsewhere = ingest(Map.of("source", "web", "sourceId", "3", "firstName", "Ravi", "lastName", "Kumar",
				"dateOfBirth", "1990-01-02", "address", Map.of("line1", "Flat 3/4, St. Mary Road", "postcode", "400051")));
		assertThat(arjun).isNotEqualTo(meera);

		JsonNode household = customer(meera, this.http).path("household");
		assertThat(ids(household.path("members"))).containsExactlyInAnyOrder(meera, arjun);
		assertThat(shared(household)).singleElement().asString().startsWith("ADDRESS ").endsWith(", 400050");
		assertThat(customer(elsewhere, this.http).path("household").isNull()).as("the same line at another postcode")
			.isTrue();
	}

	@Test
	void sharedValuesAreMaskedBelowSteward() {
		String meera = ingest(person("crm", "1", "Meera", "1984-05-12"));
		ingest(person("web", "2", "Arjun", "1981-11-30"));
		GraphQlHttp viewer = this.http.withBearer(TestCredentials.token("frontend", List.of("VIEWER")));
		GraphQlHttp steward = this.http.withBearer(TestCredentials.token("steward", List.of("STEWARD")));

		assertThat(shared(customer(meera, viewer).path("household"))).containsExactlyInAnyOrder("EMAIL s***@example.in",
				"PHONE +91******2345", "ADDRESS ***");
		assertThat(shared(customer(meera, steward).path("household"))).contains("EMAIL shahs@example.in");
	}

	@Test
	void aHouseholdIsFoundByIdAndNoneMeansNull() {
		String meera = ingest(person("crm", "1", "Meera", "1984-05-12"));
		String arjun = ingest(person("web", "2", "Arjun", "1981-11-30"));
		String alone = ingest(Map.of("source", "crm", "sourceId", "9", "firstName", "Ravi", "lastName", "Kumar",
				"email", "ravi@example.in"));
		String id = customer(meera, this.http).path("household").path("id").asString();

		GraphQlHttp.Response response = this.http.post("query($id: ID!) { household(id: $id) { id members { id } } }",
				Map.of("id", id));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).isTrue();
		assertThat(ids(response.data().path("household").path("members"))).containsExactlyInAnyOrder(meera, arjun);
		assertThat(customer(alone, this.http).path("household").isNull()).isTrue();
		assertThat(this.http.post("query { household(id: \"h-none\") { id } }", Map.of()).data().path("household").isNull())
			.isTrue();
	}

	@Test
	void aFullRecomputationKeepsTheHouseholdAndTheSamePersonIsNone() {
		String meera = ingest(person("crm", "1", "Meera", "1984-05-12"));
		String arjun = ingest(person("web", "2", "Arjun", "1981-11-30"));
		String before = customer(meera, this.http).path("household").path("id").asString();

		assertThat(this.households.recomputeAll()).isEqualTo(2);

		assertThat(customer(arjun, this.http).path("household").path("id").asString()).isEqualTo(before);
		assertThat(HouseholdPlanner.differentPeople(
				new HouseholdPlanner.Holding("a", io.skein.identity.PersonName.of("Meera", null), "1984-05-12"),
				new HouseholdPlanner.Holding("b", io.skein.identity.PersonName.of("Meera", null), "1984-05-12")))
			.as("same given name and birth date: one person, for resolution, not a household").isFalse();
	}

	private static Map<String, Object> person(String source, String sourceId, String first, String dateOfBirth) {
		return Map.of("source", source, "sourceId", sourceId, "firstName", first, "lastName", "Shah", "dateOfBirth",
				dateOfBirth, "email", "Shahs@Example.in", "phone", "+91 98450 12345", "address",
				Map.of("line1", "4 Lake View Road", "city", "Mumbai", "postcode", "400050"));
	}

	private String ingest(Map<String, Object> record) {
		GraphQlHttp.Response response = this.http.post(INGEST, Map.of("records", List.of(record)));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString()).isTrue();
		return response.data().path("ingestRecords").get(0).path("customerId").asString();
	}

	private static JsonNode customer(String id, GraphQlHttp client) {
		GraphQlHttp.Response response = client.post(CUSTOMER, Map.of("id", id));
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString()).isTrue();
		return response.data().path("customer");
	}

	private static List<String> ids(JsonNode members) {
		List<String> ids = new ArrayList<>();
		members.forEach(m -> ids.add(m.path("id").asString()));
		return ids;
	}

	private static List<String> names(JsonNode members) {
		List<String> names = new ArrayList<>();
		members.forEach(m -> names.add(m.path("profile").path("fullName").path("value").asString()));
		return names;
	}

	private static List<String> shared(JsonNode household) {
		List<String> values = new ArrayList<>();
		household.path("sharedIdentifiers").forEach(s -> values.add(s.path("type").asString() + " " + s.path("value").asString()));
		return values;
	}

}
