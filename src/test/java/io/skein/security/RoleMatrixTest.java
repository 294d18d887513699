package io.skein.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.skein.ingest.IngestService;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.RootFields;
import io.skein.support.Scene;
import io.skein.support.SkeinTest;
import io.skein.support.ValidCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix over real HTTP with real API keys: for each role, each sensitive field is shown raw,
 * masked or denied; and every root field of the schema is allowed or refused to each role as the access
 * policy says.
 */
@SkeinTest
class RoleMatrixTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ApiKeys keys;

	@Autowired
	AccessPolicy policy;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	ApplicationContext context;

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

	/**
	 * Every root field of the served schema for every role, the allowed roles read from the access policy
	 * ({@link AccessPolicy}, defaults plus configuration): an allowed role gets data (no errors, the field
	 * answered), a refused one gets FORBIDDEN naming the field and, for a mutation, changes nothing. Queries
	 * run on one {@link Scene}; each allowed mutation call gets a fresh one. The calls come from
	 * {@link ValidCalls}, which fails by name for a root field it does not know.
	 */
	@TestFactory
	Stream<DynamicTest> everyRootFieldForEveryRole() {
		GraphQlHttp admin = new GraphQlHttp(this.port);
		Scene[] shared = new Scene[1];
		return RootFields.of(this.context).stream().map(field -> DynamicTest.dynamicTest(field.key(), () -> {
			FieldRule rule = this.policy.rule(field.type(), field.name());
			List<Role> allowed = Stream.of(Role.values())
				.filter(role -> !rule.isDeny() && role.effective().contains(rule.required()))
				.toList();
			if (shared[0] == null || field.isMutation()) {
				shared[0] = freshScene(admin);
			}
			// Refused roles first, on one scene: each must get FORBIDDEN and, for a mutation, change nothing.
			Map<String, Object> variables = ValidCalls.of(field, shared[0]);
			for (Role role : Role.values()) {
				if (allowed.contains(role)) {
					continue;
				}
				List<String> before = field.isMutation() ? this.fingerprint.of() : List.of();
				GraphQlHttp.Response response = this.as.get(role).refused(field.document(), variables, "FORBIDDEN");
				assertThat(response.errors().get(0).path("message").asString()).as(role + " " + field.key()).contains(field.name());
				JsonNode answered = response.data().path(field.name());
				assertThat(answered.isMissingNode() || answered.isNull() || answered.isArray() && answered.isEmpty())
					.as(role + " " + field.key() + " answered data: " + response.body()).isTrue();
				if (field.isMutation()) {
					assertThat(this.fingerprint.of()).as(role + " was refused " + field.key() + " and must change nothing")
						.isEqualTo(before);
				}
			}
			// Allowed roles get data; a mutation gets a fresh scene per role, as its first call changes it.
			for (Role role : allowed) {
				Scene scene = field.isMutation() ? freshScene(admin) : shared[0];
				JsonNode data = this.as.get(role).ok(field.document(), ValidCalls.of(field, scene));
				assertThat(data.path(field.name()).isNull() || data.path(field.name()).isMissingNode())
					.as(role + " calls " + field.key() + ": " + data).isFalse();
			}
			if (field.isMutation()) {
				shared[0] = null;
			}
		}));
	}

	/** An empty graph with the scene on it, and an API key per role (keys live in the graph). */
	private Scene freshScene(GraphQlHttp admin) {
		Scene scene = Scene.fresh(this.context, admin);
		for (Role role : Role.values()) {
			this.as.put(role, admin.withApiKey(this.keys.create("test-" + role, role).secret()));
		}
		return scene;
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
