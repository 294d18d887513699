package io.skein.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door in a real browser (Debian's headless Chromium through Selenium), against the running
 * application: a steward resolves a review item end to end in the console, Alice's 360 shows her
 * cross-channel timeline and both purposes, a VIEWER sees masks and no steward tools, and GraphiQL and
 * Neo4j Browser load and answer with no request leaving the machine. Each test seeds Alice (her records and
 * events from the demo bank) and one review pair; screenshots go to {@code target/screenshots}.
 */
@SkeinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

	private static final Pattern ALICE_EVENT = Pattern.compile("alice|a11ce|0ff1ce|6360012345", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Autowired
	ApiKeys keys;

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
		List<String> events = Files.readAllLines(Path.of("seed-data/events.ndjson")).stream().filter(l -> ALICE_EVENT.matcher(l).find()).toList();
		Path recordFile = Files.write(this.dir.resolve("records.ndjson"), records);
		Path eventFile = Files.write(this.dir.resolve("events.ndjson"), events);
		this.imports.importFiles(List.of(recordFile, eventFile), null, ImportProgress.NONE);
		JsonNode run = new GraphQlHttp(this.port).post("mutation { resolveIdentities { reviewPairs } }", Map.of()).data();
		assertThat(run.path("resolveIdentities").path("reviewPairs").asInt()).as("the Anita Desai pair waits for review").isEqualTo(1);
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
		this.chromium.await("#queue button[data-item]").click();
		this.chromium.awaitCount("#comparisons tbody tr", 1);
		assertThat(this.chromium.all("#sides tbody tr")).extracting(WebElement::getText).allMatch(t -> t.contains("Anita"));
		assertThat(this.chromium.all("#comparisons tbody tr")).extracting(WebElement::getText)
			.anyMatch(t -> t.matches("(?s).*Name EXACT \\d+\\.\\d\\d.*"));
		this.chromium.screenshot("review-compare");

		this.chromium.await("#reason").sendKeys("same person, verified by phone");
		this.chromium.driver().findElement(By.cssSelector("#decide button[value=merge]")).click();
		this.chromium.awaitText("#status", "MERGE recorded");
		assertThat(this.chromium.all("#queue li")).as("the merged pair left the queue").isEmpty();

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

		this.chromium.resize(390, 844);
		this.chromium.screenshot("alice-360-phone");
		Object overflow = this.chromium.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
		Object wide = this.chromium.script("return [...document.querySelectorAll('body *')]"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
		assertThat(overflow).as("no sideways scrolling at phone width; too wide: %s", wide).isEqualTo(false);
	}

	@Test
	void aViewerSeesMasksAndNoStewardButtons() {
		this.chromium.signIn(this.origin, key(Role.VIEWER));
		String alice = new GraphQlHttp(this.port).post("{ customerBySourceRecord(source: \"core_banking\", sourceId: \"CB-ALICE-001\") { id } }", Map.of())
			.data().path("customerBySourceRecord").path("id").asString();
		this.chromium.open(this.origin + "/console/customers/" + alice);
		this.chromium.awaitCount("#purposes article", 2);
		String profile = this.chromium.await("#profile").getText();
		assertThat(profile).contains("a***@example.in").doesNotContain("alice.fernandes@example.in");
		assertThat(this.chromium.await("#identifiers").getText()).doesNotContain("100007919393");
		assertThat(this.chromium.all("[data-steward-only]")).allMatch(e -> !e.isDisplayed());
		this.chromium.screenshot("viewer-360");

		this.chromium.open(this.origin + "/console/review");
		this.chromium.awaitText("#status", "needs a STEWARD");
		assertThat(this.chromium.all("#decide button, #done button")).noneMatch(WebElement::isDisplayed);
		assertThat(this.chromium.all("#queue li")).isEmpty();
	}

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
		this.chromium.awaitText("[data-testid=frame]", "Alice's customer 360");
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
		assertThat(frame).contains("RETURN count(r) AS sourceRecords").containsPattern("sourceRecords\\s+(1\\s+)?5\\s");
	}

}
