package io.skein.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.skein.ingest.IngestService;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile inputs (Cypher and JSON fragments, control characters, huge numbers, deep nesting,
 * broken documents) sent to every read and to mutations that must refuse them: never a 500, never a
 * stack trace or internal class name in the response, and never a change to stored data.
 */
@SkeinTest
class FuzzedInputsTest {

	private static final List<String> HOSTILE = List.of("') DETACH DELETE n //", "\" OR 1=1 --", "'; MATCH (n) DETACH DELETE n; //",
			"${jndi:ldap://x/a}", "<script>alert(1)</script>", "\u0000\u0001\u001f", "\uD83D\uDE00".repeat(50),
			"a".repeat(10_000), "*", "~", "AND OR NOT", "\\", "{\"$ne\":null}", "c-1' RETURN 1 UNION MATCH (n) RETURN n //",
			"99999999999999999999999999", "-1", "NaN", "", " ", "%00", "../../etc/passwd", "Robert'); DROP TABLE Students;--");

	private static final List<String> READS = List.of(
			"query($s: String!) { customer(id: $s) { id } }",
			"query($s: String!) { customerBySourceRecord(source: $s, sourceId: $s) { id } }",
			"query($s: String!) { searchCustomers(text: $s) { totalCount edges { node { id } } } }",
			"query($s: String!) { searchCustomers(text: \"a\", after: $s) { totalCount } }",
			"query($s: String!) { customers(after: $s) { totalCount } }",
			"query($s: String!) { exportCustomerData(id: $s) }",
			"query($s: String!) { auditLog(actor: $s, action: $s, after: $s) { edges { node { id } } } }",
			"mutation($s: String!) { revokeApiKey(id: $s) { id } }",
			"mutation($s: String!) { eraseCustomer(id: $s, reason: $s) { id } }");

	@Autowired
	IngestService ingest;

	@Autowired
	GraphFingerprint fingerprint;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
		this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "email",
				"asha@example.in")), "records");
	}

	@Test
	void hostileStringsInEveryArgumentAreHarmless() {
		List<String> before = this.fingerprint.of();
		Random random = new Random(11);
		List<String> inputs = new ArrayList<>(HOSTILE);
		for (int i = 0; i < 30; i++) {
			inputs.add(randomString(random));
		}
		for (String document : READS) {
			for (String input : inputs) {
				assertHarmless(this.http.post(document.replace("String!", "ID!").contains("customer(id: $s)")
						? document.replace("$s: String!", "$s: ID!") : idTyped(document), Map.of("s", input)), document, input);
			}
		}
		assertThat(this.fingerprint.of()).isEqualTo(before);
	}

	@Test
	void hugeNumbersWrongTypesDeepNestingAndBrokenDocumentsAreHarmless() {
		List<String> before = this.fingerprint.of();
		List<String> documents = List.of("{ customers(first: 99999999999999999999) { totalCount } }",
				"{ customers(first: -5) { totalCount } }", "{ customers(first: 2147483647) { totalCount } }",
				"{ customers(first: \"ten\") { totalCount } }", "{ customer(id: 12345678901234567890) { id } }",
				"{ customer(id: null) { id } }", "{ customers { " + "edges { node { sourceRecords { customer { ".repeat(40) + "id" + " } } } }".repeat(40) + " } }",
				"{ customers { totalCount ", "mutation { ingestRecords(records: [{source: \"crm\", sourceId: 7}]) { status } }",
				"mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"x\", attributes: " + "[".repeat(300) + "]".repeat(300) + "}]) { status } }",
				"mutation { track(events: [{eventId: \"e\", anonymousId: \"c\", at: \"99999-99-99\", properties: {a: 1e400}}]) { status } }",
				"query { __typename " + "a: __typename ".repeat(2000) + "}", "{ customers { totalCount } } { customers { totalCount } }",
				"subscription { x }", "fragment F on Customer { ...F } { customers { edges { node { ...F } } } }");
		for (String document : documents) {
			GraphQlHttp.Response response = this.http.post(document, Map.of());
			assertHarmless(response, document, "");
		}
		assertHarmless(this.http.postRaw("{\"query\": \"{ customers { totalCount } }\", \"variables\": " + "[".repeat(5000) + "}"), "raw", "");
		assertHarmless(this.http.postRaw("not json at all"), "raw", "");
		List<String> after = this.fingerprint.of();
		after.removeIf(line -> line.contains("sourceId=x") || line.contains("eventId=e,"));
		assertThat(after.stream().filter(l -> !before.contains(l)).toList())
			.allSatisfy(l -> assertThat(l).doesNotContain("DETACH"));
	}

	private static String idTyped(String document) {
		return document;
	}

	private static void assertHarmless(GraphQlHttp.Response response, String document, String input) {
		String where = document + " <- " + (input.length() > 80 ? input.substring(0, 80) + "..." : input);
		assertThat(response.status()).as(where).isNotEqualTo(500).isLessThan(500);
		String body = response.body().toString();
		assertThat(body).as(where).doesNotContain("Exception").doesNotContain("\\tat ").doesNotContain("io.skein.")
			.doesNotContain("org.neo4j").doesNotContain("INTERNAL_ERROR");
	}

	private static String randomString(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(60);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(4);
			text.append(kind == 0 ? (char) (random.nextInt(0x7f - 0x20) + 0x20)
					: kind == 1 ? "'\"(){}[]\\/;:$`".charAt(random.nextInt(14)) : kind == 2 ? (char) random.nextInt(0xD7FF)
							: (char) random.nextInt(0x20));
		}
		return text.toString();
	}

}
