package io.skein.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.skein.ingest.IngestService;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix over real HTTP with real API keys: for each role, each sensitive field is shown raw,
 * masked or denied, and each mutation (and privileged query) is allowed or refused.
 */
@SkeinTest
class RoleMatrixTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@LocalServerPort
	int port;

	final Map<Role, GraphQlHttp> as = new EnumMap<>(Role.class);

	String customerId;

	@BeforeEach
	void setUp() {
		GraphQlHttp http = new GraphQlHttp(this.port);
		for (Role role : Role.values()) {
			this.as.put(role, http.withApiKey(this.keys.create("test-" + role, role).secret()));
		}
		this.customerId = PiiFixture.load(this.ingest);
	}

	enum Shown {

		RAW, MASKED, DENIED

	}

	/** Field (JSON pointer under data.customer), its raw value, and its masked value. */
	static Stream<Arguments> fields() {
		List<Object[]> table = List.of(
				new Object[] { "/profile/firstName/value", "Asha", "Asha" },
				new Object[] { "/profile/lastName/value", "Rao", "Rao" },
				new Object[] { "/profile/email/value", "Asha.Rao@Example.in", "A***@Example.in" },
				new Object[] { "/profile/phone/value", "+91 98765 43210", "+91******3210" },
				new Object[] { "/profile/dateOfBirth/value", "1990-02-14", "****-**-**" },
				new Object[] { "/profile/address/value", null, "***" },
				new Object[] { "/identifiers/EMAIL", "asha.rao@example.in", "a***@example.in" },
				new Object[] { "/identifiers/PHONE", "+919876543210", "+91******3210" },
				new Object[] { "/identifiers/ACCOUNT_NUMBER", "SB1001", "**1001" },
				new Object[] { "/identifiers/NATIONAL_ID", null, "***" },
				new Object[] { "/sourceRecords/0/payload/email", "Asha.Rao@Example.in", "A***@Example.in" },
				new Object[] { "/sourceRecords/0/payload/firstName", "Asha", "Asha" },
				new Object[] { "/sourceRecords/0/payload/dateOfBirth", "1990-02-14", "****-**-**" },
				new Object[] { "/sourceRecords/0/payload/address/line1", "12 MG Road", "***" },
				new Object[] { "/accounts/0/accountNumber", "SB1001", "**1001" },
				new Object[] { "/accounts/0/balance", "1500.0", "1500.0" },
				new Object[] { "/interactions/edges/0/node/properties/email", "asha.rao@example.in", "a***@example.in" },
				new Object[] { "/interactions/edges/0/node/properties/mobile", "+91 98765 43210", "+91******3210" },
				new Object[] { "/interactions/edges/0/node/properties/Page category", "Loans", "Loans" });
		List<Arguments> cases = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Object[] row : table) {
				Shown shown = role == Role.INGEST ? Shown.DENIED
						: role.effective().contains(Role.STEWARD) || role == Role.ADMIN ? Shown.RAW
								: row[1] != null && row[1].equals(row[2]) ? Shown.RAW : Shown.MASKED;
				cases.add(Arguments.of(role, row[0], row[1], row[2], shown));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} -> {4}")
	@MethodSource("fields")
	void eachRoleSeesEachSensitiveFieldRawMaskedOrNotAtAll(Role role, String pointer, String raw, String masked,
			Shown shown) {
		GraphQlHttp.Response response = this.as.get(role).post(PiiFixture.CUSTOMER_360, Map.of("id", this.customerId));
		assertThat(response.status()).isEqualTo(200);
		if (shown == Shown.DENIED) {
			assertThat(response.data().path("customer").isNull()).isTrue();
			assertThat(response.errors().get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
			return;
		}
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body().toString()).isTrue();
		String value = text(at(response.data().path("customer"), pointer));
		if (shown == Shown.RAW) {
			if (raw != null) {
				assertThat(value).isEqualTo(raw);
			}
			else {
				assertThat(value).isNotEqualTo(masked);
			}
		}
		else {
			assertThat(value).isEqualTo(masked);
		}
	}

	@Test
	void belowStewardNoRawPiiAppearsAnywhereInTheResponse() {
		for (Role role : List.of(Role.VIEWER, Role.ANALYST)) {
			String body = this.as.get(role).post(PiiFixture.CUSTOMER_360, Map.of("id", this.customerId)).body().toString();
			assertThat(body).contains("Asha");
			for (String pii : PiiFixture.RAW_PII) {
				assertThat(body).as(role + " sees " + pii).doesNotContain(pii);
			}
		}
		String steward = this.as.get(Role.STEWARD).post(PiiFixture.CUSTOMER_360, Map.of("id", this.customerId)).body().toString();
		assertThat(steward).contains("asha.rao@example.in", "1990-02-14", "12 MG Road");
	}

	/** Operation, variables, the roles allowed. */
	static Stream<Arguments> operations() {
		return Stream.of(
				Arguments.of("ingestRecords", "mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"m-1\"}]) { status } }", List.of(Role.INGEST, Role.ADMIN)),
				Arguments.of("track", "mutation { track(events: [{eventId: \"m-ev\", type: \"x\", anonymousId: \"ck-m\"}]) { status } }", List.of(Role.INGEST, Role.ADMIN)),
				Arguments.of("createApiKey", "mutation { createApiKey(name: \"svc\", role: VIEWER) { key } }", List.of(Role.ADMIN)),
				Arguments.of("revokeApiKey", "mutation { revokeApiKey(id: \"k-none\") { id } }", List.of(Role.ADMIN)),
				Arguments.of("eraseCustomer", "mutation($id: ID!) { eraseCustomer(id: $id, reason: \"test\") { id } }", List.of(Role.ADMIN)),
				Arguments.of("exportCustomerData", "query($id: ID!) { exportCustomerData(id: $id) }", List.of(Role.STEWARD, Role.ADMIN)),
				Arguments.of("auditLog", "query { auditLog { edges { node { id } } } }", List.of(Role.ADMIN)),
				Arguments.of("apiKeys", "query { apiKeys { id } }", List.of(Role.ADMIN)),
				Arguments.of("customers", "query { customers { totalCount } }", List.of(Role.VIEWER, Role.ANALYST, Role.STEWARD, Role.ADMIN)),
				Arguments.of("searchCustomers", "query { searchCustomers(text: \"Asha\") { totalCount } }", List.of(Role.VIEWER, Role.ANALYST, Role.STEWARD, Role.ADMIN)),
				Arguments.of("household", "query { household(id: \"h-none\") { id } }", List.of(Role.VIEWER, Role.ANALYST, Role.STEWARD, Role.ADMIN)),
				Arguments.of("customerBySourceRecord", "query { customerBySourceRecord(source: \"crm\", sourceId: \"1\") { id } }", List.of(Role.VIEWER, Role.ANALYST, Role.STEWARD, Role.ADMIN)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void eachOperationIsAllowedToItsRolesOnly(String field, String document, List<Role> allowed) {
		for (Role role : Role.values()) {
			GraphQlHttp.Response response = this.as.get(role).post(document, Map.of("id", this.customerId));
			JsonNode errors = response.errors();
			boolean forbidden = errors.isArray() && errors.size() > 0
					&& "FORBIDDEN".equals(errors.get(0).path("extensions").path("classification").asString());
			if (allowed.contains(role)) {
				assertThat(forbidden).as(role + " may call " + field + ": " + response.body()).isFalse();
			}
			else {
				assertThat(forbidden).as(role + " may not call " + field + ": " + response.body()).isTrue();
				assertThat(errors.get(0).path("message").asString()).contains(field);
			}
		}
	}

	private static JsonNode at(JsonNode customer, String pointer) {
		if (pointer.startsWith("/identifiers/")) {
			String type = pointer.substring("/identifiers/".length());
			for (JsonNode identifier : customer.path("identifiers")) {
				if (identifier.path("type").asString().equals(type)) {
					return identifier.path("value");
				}
			}
			throw new AssertionError("no " + type + " identifier in " + customer);
		}
		return customer.at(pointer.replace(" ", " "));
	}

	private static String text(JsonNode node) {
		return node.isValueNode() ? node.asString() : node.toString();
	}

}
