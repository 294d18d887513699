package io.skein.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.security.ApiKeys;
import io.skein.segment.ShippedSegments;
import io.skein.security.Role;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The demo bank imported once, as a real start on the demo's next day: first its round trip ({@link DemoBankRoundTrip}),
 * then every {@code graphql} block of README.md, in README order, against it, over
 * HTTP with a key of the role README names for it: each block must parse whole, each operation in it must
 * answer without errors and with every field it selects present in the answer (the shape README shows), and
 * README's claims about the answers are checked. Placeholders ({@code "c-…"}, {@code "r-…"}, {@code "sa-…"})
 * are filled with real ids from earlier answers. A new block whose root field has no role here fails.
 */
@SkeinTest
// README's resolveIdentities reconciles the whole demo bank and recomputes every household before it answers;
// on a loaded 2-core CI machine that has taken 27 s of the default 30 s request limit (3 s in other runs of the
// same code), so this test, which checks the examples and not the abuse limits, allows two minutes.
@org.springframework.test.context.TestPropertySource(properties = "skein.graphql.limits.execution-timeout=120s")
class ReadmeExamplesTest {

	/** The role README gives each root field (the Security table; the lowest role that may use it). */
	private static final Map<String, Role> ROLES = Map.ofEntries(Map.entry("customerBySourceRecord", Role.VIEWER),
			Map.entry("searchCustomers", Role.VIEWER), Map.entry("customers", Role.VIEWER), Map.entry("customer", Role.VIEWER),
			Map.entry("quote", Role.VIEWER), Map.entry("nextBestOffers", Role.VIEWER), Map.entry("ingestRecords", Role.INGEST),
			Map.entry("track", Role.INGEST), Map.entry("createSegment", Role.ANALYST), Map.entry("createAudience", Role.ANALYST),
			Map.entry("dropOffs", Role.ANALYST), Map.entry("funnel", Role.ANALYST), Map.entry("defineAttribute", Role.ADMIN),
			Map.entry("resolveIdentities", Role.STEWARD), Map.entry("reviewQueue", Role.STEWARD),
			Map.entry("explainMatch", Role.STEWARD), Map.entry("merge", Role.STEWARD), Map.entry("split", Role.STEWARD),
			Map.entry("banConnection", Role.STEWARD), Map.entry("undo", Role.STEWARD), Map.entry("stewardActions", Role.STEWARD),
			Map.entry("auditLog", Role.ADMIN), Map.entry("declareSource", Role.ADMIN), Map.entry("createApiKey", Role.ADMIN),
			Map.entry("sources", Role.ADMIN), Map.entry("household", Role.VIEWER), Map.entry("dataQuality", Role.STEWARD),
			Map.entry("matchModel", Role.STEWARD), Map.entry("setConsent", Role.STEWARD),
			Map.entry("outbox", Role.STEWARD), Map.entry("nextJourneyStep", Role.VIEWER), Map.entry("journeyReport", Role.ANALYST));

	private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@Autowired
	ImportService imports;

	@Autowired
	ApiKeys keys;

	@Autowired
	ShippedSegments shipped;

	@Autowired
	io.skein.orchestration.ShippedJourneys shippedJourneys;

	@Autowired
	io.skein.ingest.cli.ClusterExporter exporter;

	@Autowired
	io.skein.orchestration.JourneyEngine engine;

	@Autowired
	io.skein.consent.ConsentService consents;

	@Autowired
	io.skein.graph.Graph graph;

	@Autowired
	io.skein.graph.CypherQueries queries;

	@Autowired
	io.skein.support.TestClock clock;

	@LocalServerPort
	int port;

	@org.junit.jupiter.api.io.TempDir
	Path dir;

	/** Ids learnt from earlier answers, for the placeholders of later blocks. */
	private final Map<String, String> ids = new java.util.HashMap<>();

	private final List<String> actionIds = new ArrayList<>();

	private Map<Role, GraphQlHttp> callers;

	@TestFactory
	Stream<DynamicTest> everyReadmeExampleRunsAgainstTheDemoBank() throws IOException {
		// as a real start on the demo's next day: the shipped segments, personas and journeys exist when it loads
		this.clock.set(DemoBankRoundTrip.DAY_AFTER);
		this.shipped.ensure();
		assertThat(this.shippedJourneys.ensure()).contains("one-time-user");
		// loaded as `spring-boot:run` loads it into its empty embedded store: the bootstrap load (BootstrapImportTest
		// proves it builds the graph a plain import builds)
		ImportSummary summary = this.imports.importFiles(List.of(DemoBankRoundTrip.RECORDS, DemoBankRoundTrip.EVENTS), null,
				ImportProgress.NONE, true);
		assertThat(summary.rejected()).isZero();
		DemoBankRoundTrip roundTrip = new DemoBankRoundTrip(this.exporter, this.engine, this.consents, this.graph, this.queries,
				this.port, this.dir);
		Map<Role, GraphQlHttp> callers = new java.util.EnumMap<>(Role.class);
		this.callers = callers;
		for (Role role : Role.values()) {
			callers.put(role, new GraphQlHttp(this.port).withApiKey(this.keys.create("readme-" + role.name().toLowerCase(), role).secret()));
		}
		String alice = callers.get(Role.VIEWER)
			.post("{ customerBySourceRecord(source: \"core_banking\", sourceId: \"CB-ALICE-001\") { id } }", Map.of())
			.data().path("customerBySourceRecord").path("id").asString();
		this.ids.put("alice", alice);

		String readme = Files.readString(Path.of("README.md"));
		List<String> blocks = new ArrayList<>();
		Matcher m = BLOCK.matcher(readme);
		while (m.find()) {
			blocks.add(m.group(1));
		}
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(12);
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(dynamicTest("the demo bank round trip", () -> {
			try {
				roundTrip.check(summary);
			}
			finally {
				// README's examples run in real time, as a user's would: steward actions one after another get
				// distinct times, so the latest action is the one just taken
				this.clock.reset();
			}
		}));
		for (int i = 0; i < blocks.size(); i++) {
			String block = blocks.get(i);
			String name = "README block " + (i + 1) + ": " + block.strip().lines().findFirst().orElse("").strip();
			tests.add(dynamicTest(name, () -> runBlock(block, callers)));
		}
		return tests.stream();
	}

	private void runBlock(String block, Map<Role, GraphQlHttp> callers) {
		List<String> documents = operations(block);
		if (documents.size() == 1) {
			Parser.parse(block);
		}
		for (String document : documents) {
			Document parsed = Parser.parse(document);
			OperationDefinition operation = (OperationDefinition) parsed.getDefinitions().get(0);
			String root = ((Field) operation.getSelectionSet().getSelections().get(0)).getName();
			Role role = ROLES.get(root);
			assertThat(role).as("README names a role for %s", root).isNotNull();
			String filled = fill(root, document);
			GraphQlHttp.Response response = callers.get(role).post(filled, Map.of());
			assertThat(response.status()).as("%s as %s: HTTP status; %s", root, role, response.body()).isEqualTo(200);
			assertThat(response.errors().isMissingNode() || response.errors().isEmpty())
				.as("%s as %s answers without errors: %s", root, role, response.errors()).isTrue();
			assertShape(Parser.parse(filled), response.data(), root);
			learn(root, response.data());
		}
	}

	/** The separate operations of a block (a block may list several to paste one at a time). */
	static List<String> operations(String block) {
		List<String> documents = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean inString = false;
		for (String line : block.lines().toList()) {
			String code = line.replaceFirst("\\s+#.*$", "");
			if (depth == 0 && code.strip().startsWith("#")) {
				continue;
			}
			current.append(code).append('\n');
			for (int i = 0; i < code.length(); i++) {
				char c = code.charAt(i);
				if (c == '"') {
					inString = !inString;
				}
				else if (!inString && c == '{') {
					depth++;
				}
				else if (!inString && c == '}') {
					depth--;
				}
			}
			if (depth == 0 && !current.toString().isBlank()) {
				documents.add(current.toString());
				current.setLength(0);
			}
		}
		assertThat(depth).as("braces balance").isZero();
		return documents;
	}

	/** Fills placeholders with ids from earlier answers. */
	private String fill(String root, String document) {
		List<String> values = switch (root) {
			case "explainMatch" -> List.of(this.ids.get("left"), this.ids.get("rightRecord"));
			case "merge" -> List.of(this.ids.get("left"), this.ids.get("right"));
			case "split" -> List.of(this.ids.get("left"), this.ids.get("rightRecord"));
			case "banConnection" -> List.of(this.ids.get("left"), this.ids.get("splitOff"));
			case "undo" -> List.of(this.actionIds.get(this.actionIds.size() - 1));
			case "stewardActions" -> List.of(this.ids.get("left"));
			case "quote" -> List.of(globetrotterWithIncome());
			case "household" -> List.of(this.callers.get(Role.STEWARD)
				.post("{ customerBySourceRecord(source: \"core_banking\", sourceId: \"CB-10000003\") { household { id } } }", Map.of())
				.data().path("customerBySourceRecord").path("household").path("id").asString());
			default -> List.of(this.ids.get("alice"));
		};
		String filled = document;
		for (String value : values) {
			assertThat(value).as("an id for a placeholder of %s", root).isNotNull();
			filled = filled.replaceFirst("\"(c|r|sa|h)-…\"", "\"" + value + "\"");
		}
		assertThat(filled).doesNotContain("…");
		return filled;
	}

	/** A Globetrotter earning over 5,000: the customer README's quote example is about. */
	private String globetrotterWithIncome() {
		JsonNode members = this.callers.get(Role.ANALYST)
			.post("{ segment(id: \"globetrotter\") { members(first: 100) { edges { node { customerId } } } } }", Map.of())
			.data().path("segment").path("members").path("edges");
		for (JsonNode member : members) {
			String id = member.path("node").path("customerId").asString();
			JsonNode attributes = this.callers.get(Role.STEWARD)
				.post("query($id: ID!) { customer(id: $id) { profile { attributes { name value } } } }", Map.of("id", id))
				.data().path("customer").path("profile").path("attributes");
			for (JsonNode attribute : attributes) {
				if (attribute.path("name").asString().equals("income") && attribute.path("value").asDouble() > 5000) {
					return id;
				}
			}
		}
		return null;
	}

	/** Checks README's claims about answers and keeps the ids later blocks need. */
	private void learn(String root, JsonNode data) {
		JsonNode answer = data.path(root);
		switch (root) {
			case "customerBySourceRecord" -> {
				Set<String> purposes = new HashSet<>();
				answer.path("purposes").forEach(p -> purposes.add(p.path("type").asString()));
				assertThat(purposes).as("Alice's two strands").contains("HOME_LOAN", "CREDIT_CARD");
				if (answer.has("interactions")) {
					Set<String> channels = new HashSet<>();
					answer.path("interactions").path("edges").forEach(e -> channels.add(e.path("node").path("channel").asString()));
					assertThat(channels).as("web, app and social history in one timeline").contains("WEB", "APP", "SOCIAL");
				}
			}
			case "searchCustomers" -> assertThat(answer.path("edges").path(0).path("node").path("profile").path("fullName").path("value").asString())
				.as("the exact full-name match first").isEqualTo("Alice Fernandes");
			case "ingestRecords", "track" -> answer.forEach(r -> assertThat(r.path("status").asString()).isIn("CREATED", "UPDATED", "UNCHANGED"));
			case "createSegment" -> assertThat(answer.path("id").asString()).startsWith("seg-");
			case "createAudience" -> assertThat(answer.path("count").asInt()).isPositive();
			case "reviewQueue" -> {
				assertThat(answer.path("totalCount").asInt()).as("resolution put pairs in the queue").isPositive();
				// the merge example is for a pair a steward may merge: not one held for two national ids
				JsonNode item = answer.path("edges").path(0).path("node");
				for (JsonNode edge : answer.path("edges")) {
					if (!edge.path("node").path("rule").asString().equals("HELD_NATIONAL_IDS")) {
						item = edge.path("node");
						break;
					}
				}
				this.ids.put("left", item.path("left").path("id").asString());
				this.ids.put("right", item.path("right").path("id").asString());
				this.ids.put("rightRecord", item.path("right").path("records").path(0).path("id").asString());
			}
			case "merge", "banConnection", "undo" -> this.actionIds.add(answer.path("id").asString());
			case "split" -> {
				this.actionIds.add(answer.path("id").asString());
				JsonNode customers = this.callers.get(Role.STEWARD)
					.post("{ stewardActions(first: 1) { edges { node { type customerIds } } } }", Map.of())
					.data().path("stewardActions").path("edges").path(0).path("node");
				assertThat(customers.path("type").asString()).isEqualTo("SPLIT");
				customers.path("customerIds").forEach(c -> {
					if (!c.asString().equals(this.ids.get("left"))) {
						this.ids.put("splitOff", c.asString());
					}
				});
			}
			case "nextBestOffers" -> {
				assertThat(answer.size()).isEqualTo(3);
				answer.forEach(o -> assertThat(o.path("explanation").asString()).isNotBlank());
			}
			case "quote" -> {
				assertThat(answer.path("price").path("rate").asDouble()).isEqualTo(5.3);
				assertThat(answer.path("price").path("ruleId").asString()).isEqualTo("personal-loan.globetrotter-high-income");
			}
			case "nextJourneyStep" -> {
				// Alice's completed KYC is skipped, with her core-banking record as the evidence
				assertThat(answer.path("stepId").asString()).isNotIn("KYC");
				JsonNode kyc = answer.path("skipped").path(0);
				assertThat(kyc.path("stepId").asString()).isEqualTo("KYC");
				assertThat(kyc.path("knownFact").asString()).isEqualTo("KYC_DONE");
				assertThat(kyc.path("evidence").findValuesAsString("sourceId")).contains("CB-ALICE-001");
				assertThat(answer.path("stepId").asString()).isEqualTo("LOAN_OFFER");
				assertThat(answer.path("offer").path("price").path("rate").asDouble()).isPositive();
				answer.path("prefilled").forEach(p -> {
					if (p.path("field").asString().equals("email")) {
						assertThat(p.path("value").asString()).as("masked for a viewer").isEqualTo("a***@example.in");
					}
				});
			}
			default -> {
			}
		}
	}

	/** Every field the document selects is in the answer, at every level and in every list element. */
	static void assertShape(Document document, JsonNode data, String root) {
		OperationDefinition operation = (OperationDefinition) document.getDefinitions().get(0);
		assertSelection(operation.getSelectionSet(), data, root);
	}

	private static void assertSelection(SelectionSet selections, JsonNode node, String path) {
		if (node.isArray()) {
			node.forEach(element -> assertSelection(selections, element, path + "[]"));
			return;
		}
		if (node.isNull()) {
			return;
		}
		for (var selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				String key = field.getAlias() != null ? field.getAlias() : field.getName();
				assertThat(node.has(key)).as("the answer has %s.%s", path, key).isTrue();
				if (field.getSelectionSet() != null) {
					assertSelection(field.getSelectionSet(), node.path(key), path + "." + key);
				}
			}
		}
	}

}
