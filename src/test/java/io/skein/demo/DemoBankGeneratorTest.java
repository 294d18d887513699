package io.skein.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed demo bank's promises, checked on a fresh generation with the default options. */
class DemoBankGeneratorTest {

	private static final Set<String> CHANNELS = Set.of("web", "app", "email", "sms", "whatsapp", "social", "branch",
			"call_centre");

	private static final Set<String> PRODUCTS = Set.of("SAVINGS", "CURRENT", "FIXED_DEPOSIT", "RECURRING_DEPOSIT", "PPF",
			"MUTUAL_FUND", "DEMAT", "CREDIT_CARD", "FOREX_CARD", "HOME_LOAN", "CAR_LOAN", "PERSONAL_LOAN",
			"EDUCATION_LOAN", "GOLD_LOAN", "BUSINESS_LOAN", "TERM_INSURANCE", "LIFE_INSURANCE", "HEALTH_INSURANCE",
			"HOME_INSURANCE", "MOTOR_INSURANCE", "TRAVEL_INSURANCE", "CHILD_PLAN");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	static GenerationSummary summary;

	static List<JsonNode> records;

	static List<JsonNode> events;

	/** source/sourceId to personId, from the truth. */
	static Map<String, String> personOf;

	@BeforeAll
	static void generate() throws IOException {
		summary = new DemoBankGenerator(GeneratorOptions.defaults()).writeTo(dir.resolve("a"));
		records = lines(dir.resolve("a/records.ndjson")).stream().map(JSON::readTree).toList();
		events = lines(dir.resolve("a/events.ndjson")).stream().map(JSON::readTree).toList();
		personOf = lines(dir.resolve("a/truth/people.csv")).stream().skip(1).map(l -> l.split(","))
			.collect(Collectors.toMap(f -> f[1] + "/" + f[2], f -> f[0]));
	}

	@Test
	void sameOptionsGiveIdenticalBytes() throws IOException {
		new DemoBankGenerator(GeneratorOptions.defaults()).writeTo(dir.resolve("b"));
		for (String file : List.of("records.ndjson", "events.ndjson", "truth/people.csv", "truth/purposes.csv",
				"README.md")) {
			assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file)
				.isEqualTo(-1L);
		}
	}

	@Test
	void anotherSeedGivesAnotherBank() throws IOException {
		GeneratorOptions defaults = GeneratorOptions.defaults();
		new DemoBankGenerator(new GeneratorOptions(defaults.people(), 43, defaults.asOf(), defaults.months()))
			.writeTo(dir.resolve("c"));
		assertThat(Files.mismatch(dir.resolve("a/records.ndjson"), dir.resolve("c/records.ndjson"))).isNotEqualTo(-1L);
		assertThat(Files.mismatch(dir.resolve("a/events.ndjson"), dir.resolve("c/events.ndjson"))).isNotEqualTo(-1L);
	}

	@Test
	void everyLineIsTheIngestContract() throws IOException {
		for (String line : lines(dir.resolve("a/records.ndjson"))) {
			RecordInput record = JSON.readValue(line, RecordInput.class);
			assertThat(record.source()).isNotBlank();
			assertThat(record.sourceId()).isNotBlank();
		}
		Set<String> eventIds = new HashSet<>();
		for (String line : lines(dir.resolve("a/events.ndjson"))) {
			EventInput event = JSON.readValue(line, EventInput.class);
			assertThat(eventIds.add(event.eventId())).as("unique " + event.eventId()).isTrue();
			assertThat(event.type()).isNotBlank();
			if (event.type().equals("consent_updated")) {
				// consents are given at onboarding, before the window, so they change no one's recency
				assertThat(Instant.parse(event.at())).isBefore(Instant.parse("2026-05-16T00:00:00Z"));
			}
			else {
				assertThat(Instant.parse(event.at())).isBetween(Instant.parse("2026-05-16T00:00:00Z"),
						Instant.parse("2026-11-15T23:59:59Z"));
			}
			assertThat(event.at()).endsWith("Z");
		}
		assertThat(records.get(0).propertyNames().iterator().next()).isEqualTo("source");
	}

	@Test
	void channelsAndProductsComeFromTheAllowedSets() {
		assertThat(events).allSatisfy(e -> assertThat(CHANNELS).contains(e.get("channel").asString()));
		Map<String, String> ownerOfAccount = new HashMap<>();
		for (JsonNode record : records) {
			String person = personOf.get(record.get("source").asString() + "/" + record.get("sourceId").asString());
			for (JsonNode account : record.path("accounts")) {
				assertThat(PRODUCTS).contains(account.get("productCode").asString());
				String number = account.get("accountNumber").asString();
				assertThat(number).matches("[1-9][0-9]{11}");
				assertThat(ownerOfAccount.putIfAbsent(number, person)).as(number).isIn(null, person);
			}
		}
	}

	@Test
	void countsAreInTheExpectedRanges() {
		Map<String, Long> recordsPerPerson = personOf.values().stream()
			.collect(Collectors.groupingBy(p -> p, Collectors.counting()));
		assertThat(recordsPerPerson).hasSize(2000);
		assertThat(recordsPerPerson.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 5L));
		assertThat(records).hasSize((int) summary.records()).hasSizeBetween(4500, 6000);
		assertThat(events).hasSize((int) summary.events()).hasSizeBetween(30_000, 50_000);
		assertThat(summary.people()).isEqualTo(2000);
	}

	@Test
	void aboutOneDuplicateInSevenSharesNoStrongIdentifier() {
		Map<String, List<JsonNode>> byPerson = records.stream()
			.collect(Collectors.groupingBy(r -> personOf.get(r.get("source").asString() + "/"
					+ r.get("sourceId").asString())));
		int duplicates = 0;
		int unlinked = 0;
		for (List<JsonNode> own : byPerson.values()) {
			for (JsonNode record : own.subList(1, own.size())) {
				duplicates++;
				Set<String> strong = strongIdentifiers(record);
				boolean shares = own.stream().filter(other -> other != record)
					.anyMatch(other -> strongIdentifiers(other).stream().anyMatch(strong::contains));
				if (!shares) {
					unlinked++;
				}
			}
		}
		assertThat((double) unlinked / duplicates).isBetween(0.08, 0.25);
	}

	@Test
	void householdsSharePhonesAcrossDifferentPeople() {
		Map<String, Set<String>> firstNamesByPhone = new HashMap<>();
		Map<String, Set<String>> peopleByPhone = new HashMap<>();
		for (JsonNode record : records) {
			String phone = record.path("phone").asString("").replaceAll("[^0-9]", "");
			if (phone.length() < 10 || !record.hasNonNull("firstName")) {
				continue;
			}
			String mobile = phone.substring(phone.length() - 10);
			firstNamesByPhone.computeIfAbsent(mobile, k -> new HashSet<>()).add(record.get("firstName").asString());
			peopleByPhone.computeIfAbsent(mobile, k -> new HashSet<>())
				.add(personOf.get(record.get("source").asString() + "/" + record.get("sourceId").asString()));
		}
		long shared = peopleByPhone.entrySet().stream()
			.filter(e -> e.getValue().size() > 1 && firstNamesByPhone.get(e.getKey()).size() > 1)
			.count();
		assertThat(shared).isGreaterThan(100);
	}

	@Test
	void portfolioTotalsSpreadOverTheTiers() {
		Map<String, Double> assets = new HashMap<>();
		for (JsonNode record : records) {
			if (record.get("source").asString().equals("core_banking")) {
				double total = 0;
				for (JsonNode account : record.path("accounts")) {
					total += Math.max(0, account.path("balance").asDouble(0));
				}
				assets.merge(record.get("sourceId").asString(), total, Double::sum);
			}
		}
		assertThat(assets.values().stream().filter(t -> t > 1_000_000)).hasSizeGreaterThan(5);
		assertThat(assets.values().stream().filter(t -> t >= 250_000 && t <= 1_000_000)).hasSizeGreaterThan(50);
		assertThat(assets.values().stream().filter(t -> t >= 100_000 && t < 250_000)).hasSizeGreaterThan(100);
		assertThat(assets.values().stream().filter(t -> t < 50_000).count()).isGreaterThan(assets.size() / 3);
	}

	@Test
	void aliceHasHerRecordsAndHerWeek() {
		JsonNode core = record("core_banking", "CB-ALICE-001");
		assertThat(core.get("email").asString()).isEqualTo("alice.fernandes@example.in");
		assertThat(core.get("dateOfBirth").asString()).isEqualTo("1991-04-12");
		assertThat(core.get("accounts").get(0).get("productCode").asString()).isEqualTo("SAVINGS");
		assertThat(core.get("accounts").get(0).get("balance").asDouble()).isEqualTo(182_000.0);
		assertThat(core.get("attributes").get("occupation").asString()).isEqualTo("public_servant");
		assertThat(record("crm", "CRM-ALICE-7")).isNotNull();
		assertThat(records.stream().filter(r -> r.get("source").asString().equals("app")
				&& personOf.get("app/" + r.get("sourceId").asString()).equals(personOf.get("core_banking/CB-ALICE-001"))))
			.hasSize(1);

		List<JsonNode> week = events.stream().filter(e -> {
			LocalDate day = LocalDate.parse(e.get("at").asString().substring(0, 10));
			return !day.isBefore(LocalDate.of(2026, 11, 2)) && !day.isAfter(LocalDate.of(2026, 11, 8));
		}).filter(e -> e.path("identifiers").path("email").asString("").equals("alice.fernandes@example.in")
				|| e.path("anonymousId").asString("").equals(Alice.COOKIE)).toList();
		JsonNode firstView = week.get(0);
		assertThat(firstView.get("type").asString()).isEqualTo("Page_viewed");
		assertThat(firstView.has("identifiers")).isFalse();
		assertThat(firstView.get("properties").get("Page category").asString()).isEqualTo("Loans");
		assertThat(firstView.get("properties").get("Page URL").asString()).contains("/loans/home-loan");
		assertThat(week).anySatisfy(e -> {
			assertThat(e.get("type").asString()).isEqualTo("Login");
			assertThat(e.get("anonymousId").asString()).isEqualTo(firstView.get("anonymousId").asString());
			assertThat(e.get("identifiers").get("email").asString()).isEqualTo("alice.fernandes@example.in");
		});
		assertThat(week).extracting(DemoBankGeneratorTest::social)
			.contains("Social_like/social/CreditCard/credit-card-promo",
					"Social_share/social/Loans/home-loan-public-servants");
		assertThat(week).anySatisfy(e -> {
			assertThat(e.get("type").asString()).isEqualTo("App_installed");
			assertThat(e.get("channel").asString()).isEqualTo("app");
			assertThat(e.get("deviceId").asString()).startsWith("dev_");
		});
		assertThat(week).extracting(e -> e.get("type").asString() + "/" + e.get("channel").asString())
			.contains("Bill_paid/app");
	}

	/** Most people allow marketing and reminders by e-mail and SMS, some withdrew, Alice allows both. */
	@Test
	void mostPeopleGaveConsentsAndSomeWithdrewThem() {
		Map<String, Map<String, Boolean>> latest = new java.util.TreeMap<>();
		for (JsonNode e : events) {
			if (e.path("type").asString().equals("consent_updated")) {
				JsonNode p = e.path("properties");
				// statements of one person are in time order: the last one holds
				latest.computeIfAbsent(e.path("identifiers").path("email").asString(), k -> new java.util.HashMap<>())
					.put(p.path("channel").asString() + "/" + p.path("purpose").asString(), p.path("granted").asBoolean());
			}
		}
		long people = summary.people();
		long emailMarketing = latest.values().stream().filter(m -> Boolean.TRUE.equals(m.get("EMAIL/MARKETING"))).count();
		long smsMarketing = latest.values().stream().filter(m -> Boolean.TRUE.equals(m.get("SMS/MARKETING"))).count();
		long withdrawn = latest.values().stream().filter(m -> Boolean.FALSE.equals(m.get("EMAIL/MARKETING"))).count();
		long reminders = latest.values().stream().filter(m -> Boolean.TRUE.equals(m.get("EMAIL/REMINDERS"))
				&& Boolean.TRUE.equals(m.get("SMS/REMINDERS"))).count();
		assertThat((double) smsMarketing / people).isBetween(0.65, 0.75);
		assertThat((double) (emailMarketing + withdrawn) / people).isEqualTo((double) smsMarketing / people);
		assertThat((double) withdrawn / smsMarketing).isBetween(0.06, 0.14);
		assertThat((double) reminders / people).isBetween(0.75, 0.85);
		assertThat(latest.size()).as("some said nothing at all").isLessThan((int) people);
		assertThat(latest.get("alice.fernandes@example.in")).containsEntry("EMAIL/MARKETING", true)
			.containsEntry("SMS/MARKETING", true).containsEntry("EMAIL/REMINDERS", true);
	}

	@Test
	void plantedPurposesPointAtRealEvents() throws IOException {
		Set<String> eventIds = events.stream().map(e -> e.get("eventId").asString()).collect(Collectors.toSet());
		List<String[]> purposes = lines(dir.resolve("a/truth/purposes.csv")).stream().skip(1)
			.map(l -> l.split(",", -1)).toList();
		assertThat(purposes).hasSize((int) summary.purposes());
		Map<String, String> eventDay = events.stream()
			.collect(Collectors.toMap(e -> e.get("eventId").asString(), e -> e.get("at").asString().substring(0, 10)));
		for (String[] purpose : purposes) {
			if (purpose[3].isEmpty()) {
				// A dormant customer: nothing at all in the window.
				assertThat(purpose[1] + "/" + purpose[2]).isEqualTo("everyday_banking/dormant");
				continue;
			}
			assertThat(purpose[3].split(";")).allSatisfy(id -> assertThat(eventIds).contains(id));
			String last = Arrays.stream(purpose[3].split(";")).map(eventDay::get).max(String::compareTo).orElseThrow();
			// An interest silent for three months by the as-of date is planted as dormant, as discovery names it.
			boolean silent = LocalDate.parse(last).isBefore(LocalDate.of(2026, 11, 15).minusDays(89));
			if (purpose[2].equals("aware") || purpose[2].equals("considering") || purpose[2].equals("dormant")) {
				assertThat(silent).as(String.join(",", purpose)).isEqualTo(purpose[2].equals("dormant"));
			}
		}
		Set<String> stages = purposes.stream().map(p -> p[1] + "/" + p[2]).collect(Collectors.toSet());
		assertThat(stages).contains("insurance/dormant", "investment/dormant");
		for (String type : List.of("home_loan", "personal_loan", "car_loan", "education_loan", "business_loan",
				"credit_card", "travel", "insurance", "investment", "savings", "everyday_banking")) {
			for (String stage : List.of("aware", "considering", "applying", "converted", "dropped")) {
				assertThat(stages).contains(type + "/" + stage);
			}
		}
	}

	private static String social(JsonNode event) {
		return event.get("type").asString() + "/" + event.get("channel").asString() + "/"
				+ event.path("properties").path("Page category").asString("") + "/"
				+ event.path("properties").path("campaign").asString("");
	}

	private static JsonNode record(String source, String sourceId) {
		return records.stream()
			.filter(r -> r.get("source").asString().equals(source) && r.get("sourceId").asString().equals(sourceId))
			.findFirst()
			.orElseThrow();
	}

	private static Set<String> strongIdentifiers(JsonNode record) {
		Set<String> ids = new HashSet<>();
		if (record.hasNonNull("email")) {
			ids.add("email:" + record.get("email").asString().trim().toLowerCase());
		}
		if (record.hasNonNull("nationalId")) {
			ids.add("pan:" + record.get("nationalId").asString());
		}
		for (JsonNode account : record.path("accounts")) {
			ids.add("account:" + account.get("accountNumber").asString());
		}
		return ids;
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file);
	}

}
