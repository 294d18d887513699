package io.skein.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.skein.delivery.OutboxChannel;
import io.skein.delivery.OutboxFixture;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.security.ApiKeys;
import io.skein.security.Role;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door in a real browser (Debian's headless Chromium through Selenium), against the running
 * application: a steward resolves a review item end to end in the console, Alice's 360 shows her
 * cross-channel timeline and both purposes, a VIEWER sees masks and no steward tools, and GraphiQL and
 * Neo4j Browser load and answer with no request leaving the machine; a pair held for two national ids is
 * explained and merges only when forced and confirmed; every console page has labelled inputs, fits a phone
 * (375 px) without sideways scrolling, and the review page is reachable by keyboard with a visible focus.
 * Each test seeds Alice (her records and events from the demo bank), one review pair, one pair held for two
 * national ids and a household (nine records); screenshots, every page at 1280 and 375 px, go to
 * {@code target/screenshots}.
 */
@SkeinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

	private static final String KAVYA = "{\"source\":\"%s\",\"sourceId\":\"%s\",\"firstName\":\"Kavya\",\"lastName\":\"Rao\","
			+ "\"dateOfBirth\":\"%s\",\"email\":\"kavya.rao@example.in\",\"phone\":\"+919900112233\","
			+ "\"address\":{\"line1\":\"12 MG Road\",\"city\":\"Mysuru\",\"postcode\":\"570001\"},\"nationalId\":\"%s\"}";

	/** The console's pages, by path, and an element each shows once its data is in. */
	private static final Map<String, String> PAGES = Map.of("search", "/console?q=Iyer", "review", "/console/review",
			"audit", "/console/audit", "quality", "/console/quality");

	private static final Pattern ALICE_EVENT = Pattern.compile("alice|a11ce|0ff1ce|6360012345", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Autowired
	ApiKeys keys;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@TempDir
	Path dir;

	private HeadlessChromium chromium;

	private String origin;

	@BeforeAll
	void startChromium() {
		this.chromium = new HeadlessChromium();
	}

	@AfterAll
	void stopChromium() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void seed() throws IOException {
		this.origin = "http://localhost:" + this.port;
		List<String> records = Files.readAllLines(Path.of("seed-data/records.ndjson")).stream().filter(l -> l.contains("ALICE")).collect(Collectors.toList());
		records.add("{\"source\":\"crm\",\"sourceId\":\"AD-1\",\"firstName\":\"Anita\",\"lastName\":\"Desai\",\"dateOfBirth\":\"1980-02-03\",\"address\":{\"city\":\"Pune\"}}");
		records.add("{\"source\":\"web\",\"sourceId\":\"AD-2\",\"firstName\":\"Anita\",\"lastName\":\"Desai\"}");
		// the same contact details, another national id and a birth year one digit out: nothing corroborates the
		// two ids (a father and daughter could share all that), so resolution holds the link (HELD_NATIONAL_IDS)
		records.add(KAVYA.formatted("core_banking", "KR-1", "1990-01-01", "KLMPR1111A"));
		records.add(KAVYA.formatted("crm", "KR-2", "1991-01-01", "QRSPR2222B"));
		// a household: two different people sharing a phone
		records.add("{\"source\":\"crm\",\"sourceId\":\"HH-1\",\"firstName\":\"Meera\",\"lastName\":\"Iyer\",\"dateOfBirth\":\"1962-05-01\",\"phone\":\"+919845012345\"}");
		records.add("{\"source\":\"crm\",\"sourceId\":\"HH-2\",\"firstName\":\"Suresh\",\"lastName\":\"Iyer\",\"dateOfBirth\":\"1958-09-12\",\"phone\":\"+919845012345\"}");
		List<String> events = Files.readAllLines(Path.of("seed-data/events.ndjson")).stream().filter(l -> ALICE_EVENT.matcher(l).find()).toList();
		Path recordFile = Files.write(this.dir.resolve("records.ndjson"), records);
		Path eventFile = Files.write(this.dir.resolve("events.ndjson"), events);
		this.imports.importFiles(List.of(recordFile, eventFile), null, ImportProgress.NONE);
		new GraphQlHttp(this.port).post("mutation { resolveIdentities { reviewPairs } }", Map.of()).data();
		JsonNode queue = new GraphQlHttp(this.port).post("{ reviewQueue(first: 10) { edges { node { rule left { records { name } } } } } }", Map.of()).data();
		assertThat(queue.path("reviewQueue").path("edges")).extracting(e -> e.path("node").path("rule").asString() + " "
				+ e.path("node").path("left").path("records").path(0).path("name").asString())
			.as("the Anita Desai pair, then Kavya Rao's held for two national ids")
			.containsExactly("FS_REVIEW Anita Desai", "HELD_NATIONAL_IDS Kavya Rao");
		this.chromium.resize(1280, 800);
		this.chromium.requests();
	}

	private String key(Role role) {
		return this.keys.create("browser-test-" + role.name().toLowerCase(), role).secret();
	}

	@Test
	void aStewardComparesMergesSplitsBackAndUndoesAndTheAuditPageShowsEachAction() {
		this.chromium.signIn(this.origin, key(Role.STEWARD));
		this.chromium.open(this.origin + "/console/review");
		this.chromium.await("#queue li[data-rule=FS_REVIEW] button[data-item]").click();
		this.chromium.awaitCount("#comparisons tbody tr", 1);
		assertThat(this.chromium.await("#why").getText()).contains("Unsure match", "review band");
		assertThat(this.chromium.driver().findElement(By.id("force-box")).isDisplayed()).as("no forced merge offered for a plain review pair").isFalse();
		assertThat(this.chromium.all("#sides tbody tr")).extracting(WebElement::getText).allMatch(t -> t.contains("Anita"));
		assertThat(this.chromium.all("#comparisons tbody tr")).extracting(WebElement::getText)
			.anyMatch(t -> t.matches("(?s).*Name EXACT \\d+\\.\\d\\d.*"));
		this.chromium.screenshot("review-compare");

		this.chromium.await("#reason").sendKeys("same person, verified by phone");
		this.chromium.driver().findElement(By.cssSelector("#decide button[value=merge]")).click();
		this.chromium.awaitText("#status", "MERGE recorded");
		assertThat(this.chromium.all("#queue li[data-rule=FS_REVIEW]")).as("the merged pair left the queue").isEmpty();

		this.chromium.await("#action-reason").sendKeys("merged by mistake");
		this.chromium.await("#done button[data-split]").click();
		this.chromium.awaitText("#status", "SPLIT recorded");
		this.chromium.await("#done li:first-child button[data-undo]").click();
		this.chromium.awaitText("#status", "UNDO recorded");
		this.chromium.screenshot("review-after-undo");

		this.chromium.open(this.origin + "/console/audit");
		this.chromium.awaitCount("#actions tbody tr", 3);
		assertThat(this.chromium.all("#actions tbody tr")).extracting(r -> r.getAttribute("data-action"))
			.containsExactly("UNDO", "SPLIT", "MERGE");
		assertThat(this.chromium.await("#actions").getText()).contains("same person, verified by phone", "merged by mistake");
		this.chromium.screenshot("audit");

		JsonNode anita = new GraphQlHttp(this.port).post("""
				{ a: customerBySourceRecord(source: "crm", sourceId: "AD-1") { id }
				  b: customerBySourceRecord(source: "web", sourceId: "AD-2") { id } }""", Map.of()).data();
		assertThat(anita.path("a").path("id").asString()).as("undoing the split joins Anita's records again")
			.isEqualTo(anita.path("b").path("id").asString());
	}

	@Test
	void alicesCustomer360ShowsHerWebAppAndSocialTimelineAndBothPurposes() {
		this.chromium.signIn(this.origin, key(Role.STEWARD));
		WebElement text = this.chromium.await("#text");
		text.sendKeys("Alice Fernandes", Keys.ENTER);
		this.chromium.await("#results tbody tr a").click();
		this.chromium.awaitCount("#purposes article", 2);
		this.chromium.awaitCount("#timeline tbody tr[data-channel]", 19);
		assertThat(this.chromium.await("#name").getText()).isEqualTo("Alice Fernandes");
		assertThat(this.chromium.all("#purposes article")).extracting(a -> a.getAttribute("data-purpose"))
			.containsExactlyInAnyOrder("HOME_LOAN", "CREDIT_CARD");
		Set<String> channels = this.chromium.all("#timeline tbody tr").stream().map(r -> r.getAttribute("data-channel")).collect(Collectors.toSet());
		assertThat(channels).contains("WEB", "APP", "SOCIAL");
		assertThat(this.chromium.await("#profile").getText()).contains("alice.fernandes@example.in");
		this.chromium.await("svg.cluster");
		this.chromium.screenshot("alice-360");

		this.chromium.driver().findElement(By.cssSelector("#channels input[value=SOCIAL]")).click();
		this.chromium.driver().findElement(By.cssSelector("#timeline-filters button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.chromium.driver(), java.time.Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector("#timeline tbody tr[data-channel]")).size() == 2);
		assertThat(this.chromium.all("#timeline tbody tr")).extracting(r -> r.getAttribute("data-channel")).containsOnly("SOCIAL");

		this.chromium.resize(375, 812);
		this.chromium.screenshot("alice-360-phone");
		assertThat(this.chromium.script(TOO_WIDE)).as("elements wider than the phone").asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
	}

	@Test
	void aViewerSeesMasksAndNoStewardButtons() {
		this.chromium.signIn(this.origin, key(Role.VIEWER));
		String alice = new GraphQlHttp(this.port).post("{ customerBySourceRecord(source: \"core_banking\", sourceId: \"CB-ALICE-001\") { id } }", Map.of())
			.data().path("customerBySourceRecord").path("id").asString();
		// a message a journey wrote to the outbox for her: listed on her 360, its recipient masked
		new OutboxFixture(this.graph, this.queries).write(List.of(OutboxFixture.message("ji-1:due-in-7", alice,
				OutboxChannel.EMAIL, "alice.fernandes@example.in", "Your EMI is due", "Hi Alice", java.time.Instant.parse("2026-11-02T10:00:00Z"))));
		this.chromium.open(this.origin + "/console/customers/" + alice);
		this.chromium.awaitCount("#purposes article", 2);
		this.chromium.awaitCount("#messages tbody tr[data-key]", 1);
		assertThat(this.chromium.await("#messages").getText()).contains("EMAIL", "a***@example.in", "Your EMI is due", "PENDING")
			.doesNotContain("alice.fernandes@example.in");
		String profile = this.chromium.await("#profile").getText();
		assertThat(profile).contains("a***@example.in").doesNotContain("alice.fernandes@example.in");
		assertThat(this.chromium.await("#identifiers").getText()).doesNotContain("100007919393");
		assertThat(this.chromium.all("[data-steward-only]")).allMatch(e -> !e.isDisplayed());
		this.chromium.screenshot("viewer-360");

		String meera = new GraphQlHttp(this.port).post("{ customerBySourceRecord(source: \"crm\", sourceId: \"HH-1\") { id } }", Map.of())
			.data().path("customerBySourceRecord").path("id").asString();
		this.chromium.open(this.origin + "/console/customers/" + meera);
		this.chromium.awaitCount("#household li[data-member]", 2);
		// names stay visible below STEWARD (README, Security); the phone they share does not
		assertThat(this.chromium.await("#household").getText()).as("the household, its shared phone masked")
			.contains("Meera Iyer", "Suresh Iyer", "PHONE", "+91******2345").doesNotContain("9845012345");
		this.chromium.screenshot("viewer-household");

		this.chromium.open(this.origin + "/console/review");
		this.chromium.awaitText("#status", "needs a STEWARD");
		assertThat(this.chromium.all("#decide button, #done button")).noneMatch(WebElement::isDisplayed);
		assertThat(this.chromium.all("#queue li")).isEmpty();
	}

	@Test
	void aPairHeldForTwoNationalIdsIsExplainedAndMergesOnlyWhenForcedAndConfirmed() {
		this.chromium.signIn(this.origin, key(Role.STEWARD));
		this.chromium.open(this.origin + "/console/review");
		this.chromium.await("#queue li[data-rule=HELD_NATIONAL_IDS] button[data-item]").click();
		this.chromium.awaitCount("#comparisons tbody tr", 1);
		assertThat(this.chromium.await("#why").getText()).contains("Held: two national ids", "never joins two national ids", "forced merge");
		assertThat(this.chromium.await("#force-box").isDisplayed()).isTrue();
		assertThat(this.chromium.await("#merge").getText()).isEqualTo("Force merge…");
		this.chromium.screenshot("review-held-national-ids");

		this.chromium.await("#reason").sendKeys("one id keyed wrongly, checked with the branch");
		this.chromium.await("#merge").click();
		this.chromium.awaitText("#status", "Tick the box");
		this.chromium.await("#force").sendKeys(Keys.SPACE);
		this.chromium.await("#merge").click();
		Alert dismissed = new WebDriverWait(this.chromium.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
		assertThat(dismissed.getText()).contains("different national ids");
		dismissed.dismiss();
		this.chromium.awaitText("#status", "cancelled");
		assertThat(kavya("KR-1")).as("nothing merged without the confirmation").isNotEqualTo(kavya("KR-2"));

		this.chromium.await("#merge").click();
		new WebDriverWait(this.chromium.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		this.chromium.awaitText("#status", "MERGE recorded");
		assertThat(kavya("KR-1")).as("the forced merge joined both records").isEqualTo(kavya("KR-2"));
		assertThat(this.chromium.all("#queue li[data-rule=HELD_NATIONAL_IDS]")).isEmpty();
	}

	private String kavya(String sourceId) {
		String source = sourceId.equals("KR-1") ? "core_banking" : "crm";
		return new GraphQlHttp(this.port).post("query($s: String!, $id: String!) { customerBySourceRecord(source: $s, sourceId: $id) { id } }",
				Map.of("s", source, "id", sourceId)).data().path("customerBySourceRecord").path("id").asString();
	}

	@Test
	void everyPageHasLabelledInputsFitsAPhoneAndIsKeyboardReachableWithVisibleFocus() {
		this.chromium.signIn(this.origin, key(Role.STEWARD));
		String meera = new GraphQlHttp(this.port).post("{ customerBySourceRecord(source: \"crm\", sourceId: \"HH-1\") { id } }", Map.of())
			.data().path("customerBySourceRecord").path("id").asString();
		Map<String, String> pages = new java.util.TreeMap<>(PAGES);
		pages.put("customer", "/console/customers/" + meera);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (int[] size : new int[][] { { 1280, 800 }, { 375, 812 } }) {
				this.chromium.resize(size[0], size[1]);
				this.chromium.open(this.origin + page.getValue());
				this.chromium.await("body[data-ready]");
				if (page.getKey().equals("customer")) {
					this.chromium.awaitText("#household", "Suresh Iyer");
					assertThat(this.chromium.await("#household").getText()).contains("PHONE", "9845012345");
				}
				if (page.getKey().equals("quality")) {
					// Alice's CRM record writes her gender, e-mail and phone differently from core banking's: contested
					assertThat(this.chromium.all("section[data-source=crm] table.survivorship tr[data-attribute]")).isNotEmpty();
				}
				String at = page.getKey() + " at " + size[0] + " px";
				this.chromium.screenshot(page.getKey() + "-" + size[0]);
				assertThat(this.chromium.script("return window.innerWidth")).as("viewport of %s", at).isEqualTo((long) size[0]);
				assertThat(this.chromium.script(UNLABELLED)).as("inputs without a label on %s", at).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
				if (size[0] < 400) {
					assertThat(this.chromium.script(TOO_WIDE)).as("elements wider than the phone on %s", at).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
				}
			}
		}

		// keyboard only: Tab reaches every visible link, button and input of the review page, each with a visible focus ring
		this.chromium.resize(1280, 800);
		this.chromium.open(this.origin + "/console/review");
		this.chromium.await("body[data-ready]");
		assertThat(this.chromium.all("#queue button[data-item]")).hasSize(2);
		long focusable = (Long) this.chromium.script("""
				const all = [...document.querySelectorAll('a[href], button, input, select, textarea')]
				  .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
				all.forEach((e, n) => e.dataset.kb = n);
				return all.length""");
		java.util.Set<String> reached = new java.util.TreeSet<>();
		List<String> unringed = new java.util.ArrayList<>();
		for (int i = 0; i < focusable + 5; i++) {
			new Actions(this.chromium.driver()).sendKeys(Keys.TAB).perform();
			@SuppressWarnings("unchecked")
			List<Object> focus = (List<Object>) this.chromium.script("""
					const e = document.activeElement, s = getComputedStyle(e);
					return [e.dataset.kb || '', e.outerHTML.slice(0, 60), s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2]""");
			if (!focus.get(0).toString().isEmpty()) {
				reached.add(focus.get(0).toString());
				if (!(Boolean) focus.get(2)) {
					unringed.add(focus.get(1).toString());
				}
			}
		}
		assertThat(reached).as("elements reached by Tab of %d", focusable).hasSize((int) focusable);
		assertThat(unringed).as("focused without a visible outline").isEmpty();
	}

	/** Visible inputs with no label (label element, aria-label or aria-labelledby). */
	private static final String UNLABELLED = """
			return [...document.querySelectorAll('input, select, textarea')]
			  .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
			  .map(e => e.outerHTML.slice(0, 80))""";

	/** Elements whose right edge passes the viewport: the page would scroll sideways. */
	private static final String TOO_WIDE = """
			return [...document.querySelectorAll('body *')]
			  .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > window.innerWidth + 1)
			  .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)
			  .concat(document.documentElement.scrollWidth > window.innerWidth + 1 ? ['document ' + document.documentElement.scrollWidth] : [])""";

	@Test
	void graphiqlLoadsWithTheNetworkClosedAndRunsAQuery() {
		this.chromium.signIn(this.origin, key(Role.VIEWER));
		this.chromium.open(this.origin + "/graphiql");
		this.chromium.await(".graphiql-container");
		assertThat(this.chromium.await(".keys").getText()).contains("X-Api-Key");
		this.chromium.await(".graphiql-execute-button").click();
		this.chromium.awaitText(".graphiql-response", "Alice Fernandes");
		this.chromium.screenshot("graphiql");
		assertThat(this.chromium.externalRequests()).as("requests leaving the machine").isEmpty();
	}

	@Test
	void neo4jBrowserLoadsWithTheNetworkClosedConnectsToTheEmbeddedBoltAndRunsAQuery() {
		this.chromium.open(this.origin + "/browser");
		try {
			queryInNeo4jBrowser();
		}
		finally {
			this.chromium.screenshot("neo4j-browser");
		}
		assertThat(this.chromium.externalRequests()).as("requests leaving the machine").isEmpty();
	}

	private void queryInNeo4jBrowser() {
		// the guide's frame, whether above or below the connection's (the Browser orders them by what finished first)
		new org.openqa.selenium.support.ui.WebDriverWait(this.chromium.driver(), java.time.Duration.ofSeconds(60))
			.until(d -> d.findElements(By.cssSelector("[data-testid=frame]")).stream().anyMatch(f -> f.getText().contains("Alice's customer 360")));
		// a fresh connection says "You are connected", one the Browser re-established "Connected to Neo4j"
		new org.openqa.selenium.support.ui.WebDriverWait(this.chromium.driver(), java.time.Duration.ofSeconds(60))
			.until(d -> {
				String body = d.findElement(By.cssSelector("body")).getText();
				return body.contains("You are connected") || body.contains("Connected to Neo4j");
			});
		WebElement editor = this.chromium.await("[data-testid=activeEditor]");
		new org.openqa.selenium.support.ui.WebDriverWait(this.chromium.driver(), java.time.Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector("[data-testid=disconnectedBanner]")).isEmpty());
		editor.click();
		this.chromium.driver().switchTo().activeElement().sendKeys("MATCH (r:SourceRecord) RETURN count(r) AS sourceRecords");
		this.chromium.await("[data-testid=editor-Run]").click();
		this.chromium.awaitText("[data-testid=frame]", "completed after");
		String frame = this.chromium.await("[data-testid=frame]").getText();
		assertThat(frame).contains("RETURN count(r) AS sourceRecords").containsPattern("sourceRecords\\s+(1\\s+)?9\\s");
	}

}
