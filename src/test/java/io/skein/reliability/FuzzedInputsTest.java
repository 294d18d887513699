package io.skein.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.support.GraphFingerprint;
import io.skein.support.GraphQlHttp;
import io.skein.support.RootFields;
import io.skein.support.RootFields.RootField;
import io.skein.support.Scene;
import io.skein.support.SkeinTest;
import io.skein.support.ValidCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile inputs for every argument of every root field, generated from the served schema: each document
 * declares its variables with the argument's own type ({@code $id: ID!}, {@code $records: [SourceRecordInput!]!}),
 * so a hostile string reaches the resolver instead of failing document validation, and each argument (each
 * field of an input object, one at a time) is given hostile values ({@link Hostile}) while the others keep
 * the values of a valid call ({@link ValidCalls}). Never a 500, a stack trace or an internal class name;
 * after every call the whole-graph fingerprint is unchanged, except that an accepted mutation may change
 * what its valid call changes (add, or rewrite, the kinds of nodes and relationships its valid call adds;
 * remove what it removes; nothing else) and must keep every record and interaction on one active customer.
 * Every argument typed String, ID, JSON or an input object must reach its resolver at least once (a
 * hostile DateTime or enum is refused by coercion, before any resolver). Then broken documents, huge numbers
 * and deep nesting.
 */
@SkeinTest
class FuzzedInputsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphFingerprint fingerprint;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlHttp(this.port);
	}

	@TestFactory
	Stream<DynamicTest> hostileValuesInEveryArgumentOfEveryRootField() {
		GraphQlHttp admin = new GraphQlHttp(this.port);
		Scene[] queries = new Scene[1];
		return RootFields.of(this.context).stream().filter(f -> !f.arguments().isEmpty()).map(field ->
				DynamicTest.dynamicTest(field.key(), () -> {
					Scene scene = field.isMutation() || queries[0] == null ? fresh(admin) : queries[0];
					if (!field.isMutation()) {
						queries[0] = scene;
					}
					fuzz(admin, field, scene);
				}));
	}

	private Scene fresh(GraphQlHttp admin) {
		return Scene.fresh(this.context, admin);
	}

	private void fuzz(GraphQlHttp admin, RootField field, Scene scene) {
		Map<String, Object> valid = ValidCalls.of(field, scene);
		List<String> before = this.fingerprint.of();
		Set<String> allowedChanges = new TreeSet<>();
		if (field.isMutation()) {
			admin.ok(field.document(), valid);
			List<String> after = this.fingerprint.of();
			allowedChanges = new TreeSet<>(kinds(before, after));
			// What a valid call adds, a later call may also rewrite (an ingest updates the record it stored).
			allowedChanges.addAll(allowedChanges.stream().filter(k -> k.startsWith("+")).map(k -> "-" + k.substring(1)).toList());
			if (allowedChanges.contains("+N[\"SourceRecord\"]")) {
				// a stored record is resolved at once: it may match (MATCHED pairs for review), merge customers it
				// links, and form or join a household, depending on its values, whatever the valid call's values did.
				// A merge may absorb an earlier merge's survivor (ties on creation time go to the smaller id): the
				// edges into it stay, their lines change with its status
				allowedChanges.addAll(List.of("+RMATCHED", "-RMATCHED", "+N[\"Merge\"]", "+RABSORBED", "+RSURVIVOR",
						"+RMERGED_INTO", "-RSURVIVOR", "-RMERGED_INTO", "+N[\"Household\"]", "+RMEMBER_OF", "-RMEMBER_OF",
						"+RSHARES", "-RSHARES", "-N[\"Household\"]"));
			}
			before = after;
		}
		Hostile hostile = new Hostile(field.key().hashCode());
		for (GraphQLArgument argument : field.arguments()) {
			boolean reached = false;
			for (Object value : hostile.values(argument.getType(), valid.get(argument.getName()))) {
				Map<String, Object> variables = new HashMap<>(valid);
				variables.put(argument.getName(), value);
				GraphQlHttp.Response response = admin.post(field.document(), variables);
				String where = field.key() + "(" + argument.getName() + ": " + shorten(value) + ")";
				assertHarmless(response, where);
				reached |= !"ValidationError".equals(response.classification());
				if (!field.isMutation()) {
					continue;
				}
				List<String> after = this.fingerprint.of();
				if (response.hasErrors()) {
					assertThat(after).as(where + " was refused and must change nothing").isEqualTo(before);
				}
				else {
					assertThat(kinds(before, after)).as(where + " was accepted: it may change only what a valid call changes")
						.isSubsetOf(allowedChanges);
					assertThat(ClusterInvariants.violations(this.driver)).as(where).isEmpty();
					before = after;
				}
			}
			if (takesText(argument.getType())) {
				assertThat(reached).as(field.key() + "." + argument.getName() + ": no hostile value reached the resolver").isTrue();
			}
		}
		if (!field.isMutation()) {
			assertThat(this.fingerprint.of()).as(field.key() + " is a read and must change nothing").isEqualTo(before);
		}
	}

	/** What kinds of lines (node labels, relationship types) a change added and removed, e.g. "+N[Segment]". */
	private static Set<String> kinds(List<String> before, List<String> after) {
		Set<String> kinds = new TreeSet<>();
		Set<String> old = new HashSet<>(before);
		Set<String> now = new HashSet<>(after);
		for (String line : after) {
			if (!old.contains(line)) {
				kinds.add("+" + kind(line));
			}
		}
		for (String line : before) {
			if (!now.contains(line)) {
				kinds.add("-" + kind(line));
			}
		}
		return kinds;
	}

	private static String kind(String line) {
		if (line.startsWith("N")) {
			return line.substring(0, line.indexOf(']') + 1);
		}
		int type = line.indexOf("-[");
		String rest = line.substring(type + 2);
		int end = rest.indexOf('{');
		return "R" + rest.substring(0, end);
	}

	private static boolean takesText(GraphQLInputType type) {
		GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
		return inner instanceof GraphQLScalarType scalar
				&& List.of("String", "ID", "JSON").contains(scalar.getName())
				|| inner instanceof GraphQLInputObjectType;
	}

	private static String shorten(Object value) {
		String text = String.valueOf(value);
		return text.length() > 80 ? text.substring(0, 80) + "..." : text;
	}

	/**
	 * Broken documents, wrong literal types, huge numbers and deep nesting must all be refused and change
	 * nothing. Then documents that may be answered (a negative or huge page size, an integer id, 2,000
	 * aliases of a trivial field) and two well-formed writes (a record with a deeply nested attribute, an
	 * event with an impossible date), which may be stored but must not remove or alter anything stored.
	 */
	@Test
	void hugeNumbersWrongTypesDeepNestingAndBrokenDocumentsAreHarmless() {
		Scene.fresh(this.context, this.http);
		List<String> before = this.fingerprint.of();
		List<String> refused = List.of("{ customers(first: 99999999999999999999) { totalCount } }",
				"{ customers(first: \"ten\") { totalCount } }",
				"{ customer(id: null) { id } }", "{ customers { " + "edges { node { sourceRecords { customer { ".repeat(40) + "id" + " } } } }".repeat(40) + " } }",
				"{ customers { totalCount ", "mutation { ingestRecords(records: [{source: \"crm\", sourceId: 7}]) { status } }",
				"{ customers { totalCount } } { customers { totalCount } }",
				"subscription { x }", "fragment F on Customer { ...F } { customers { edges { node { ...F } } } }",
				"mutation { merge(customerIds: [], reason: \"x\") { id } }");
		for (String document : refused) {
			GraphQlHttp.Response response = this.http.post(document, Map.of());
			assertHarmless(response, document, "");
			assertThat(response.hasErrors()).as(document + " must be refused: " + response.body()).isTrue();
		}
		assertHarmless(this.http.postRaw("{\"query\": \"{ customers { totalCount } }\", \"variables\": " + "[".repeat(5000) + "}"), "raw", "");
		assertHarmless(this.http.postRaw("not json at all"), "raw", "");
		assertThat(this.fingerprint.of()).as("refused documents change nothing").isEqualTo(before);
		for (String document : List.of("{ customers(first: -5) { totalCount } }", "{ customer(id: 12345678901234567890) { id } }",
				"query { __typename " + "a: __typename ".repeat(2000) + "}", "{ customers(first: 2147483647) { totalCount } }",
				"mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"x\", attributes: " + "[".repeat(300) + "]".repeat(300) + "}]) { status } }",
				"mutation { track(events: [{eventId: \"e\", anonymousId: \"c\", at: \"99999-99-99\", properties: {a: 1e400}}]) { status } }")) {
			assertHarmless(this.http.post(document, Map.of()), document, "");
		}
		assertThat(this.fingerprint.of()).as("what was stored before is all still there, unchanged").containsAll(before);
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
	}

	private static void assertHarmless(GraphQlHttp.Response response, String document, String input) {
		assertHarmless(response, document + " <- " + shorten(input));
	}

	private static void assertHarmless(GraphQlHttp.Response response, String where) {
		assertThat(response.status()).as(where).isNotEqualTo(500).isLessThan(500);
		String body = response.body().toString();
		assertThat(body).as(where).doesNotContain("Exception").doesNotContain("\\tat ").doesNotContain("io.skein.")
			.doesNotContain("org.neo4j").doesNotContain("INTERNAL_ERROR");
	}


}
