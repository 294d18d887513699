package io.skein.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SkeinTest
@Tag("server")
class StitchingTest {

	@Autowired
	IngestService ingest;

	@Autowired
	GraphProbe probe;

	@Test
	void replayingRecordsAndEventsChangesNothing() {
		List<Map<String, Object>> records = List.of(
				record("core_banking", "CB1", "Ravi", "Kumar", Map.of("email", "ravi@example.in", "nationalId", "ABCDE1234F",
						"accounts", List.of(Map.of("accountNumber", "1000 2000 3000", "productCode", "SAVINGS", "balance", 1200.5)))),
				record("crm", "CRM1", "Ravi", "Kumar", Map.of("email", "RAVI@example.in ")),
				record("web", "W1", "Meera", "Iyer", Map.of("phone", "98450 12345")));
		List<Map<String, Object>> events = List.of(
				event("e1", "Page_viewed", Map.of("anonymousId", "ck-1"), Map.of("Page category", "Loans")),
				event("e2", "Login", Map.of("anonymousId", "ck-1", "identifiers", Map.of("email", "ravi@example.in")), Map.of()));
		this.ingest.ingestRecords(records, "records");
		this.ingest.track(events, "events");
		Map<String, Long> before = this.probe.summary();

		List<IngestResult> again = new ArrayList<>(this.ingest.ingestRecords(records, "records"));
		again.addAll(this.ingest.track(events, "events"));

		assertThat(again).extracting(IngestResult::status).containsOnly(IngestStatus.UNCHANGED);
		assertThat(this.probe.summary()).isEqualTo(before);
		assertThat(before).containsEntry("node::Customer", 3L);
	}

	@Test
	void recordsSharingAStrongIdentifierAreOneCustomer() {
		String a = ingestOne(record("core_banking", "1", "Ravi", "Kumar", Map.of("nationalId", "abcde 1234 f"))).customerId();
		String b = ingestOne(record("crm", "1", "R", "Kumar", Map.of("nationalId", "ABCDE1234F"))).customerId();
		String c = ingestOne(record("branch", "1", "Ravi", "Kumar", Map.of("accounts",
				List.of(Map.of("accountNumber", "5550001"))))).customerId();
		String d = ingestOne(record("crm", "2", "Ravi", "K", Map.of("accounts", List.of(Map.of("accountNumber", "555-0001"))))).customerId();
		assertThat(b).isEqualTo(a);
		assertThat(d).isEqualTo(c).isNotEqualTo(a);
	}

	@Test
	void aRecordBridgingTwoCustomersMergesThemIntoTheOlder() {
		String older = ingestOne(record("crm", "A", "Anita", "Desai", Map.of("email", "anita@example.in"))).customerId();
		String newer = ingestOne(record("core_banking", "B", "Anita", "Desai", Map.of("nationalId", "PQRSX9876K"))).customerId();
		assertThat(newer).isNotEqualTo(older);

		IngestResult bridge = ingestOne(record("app", "C", "Anita", "Desai",
				Map.of("email", "anita@example.in", "nationalId", "PQRSX9876K")));

		assertThat(bridge.customerId()).isEqualTo(older);
		assertThat(this.probe.customerOf("core_banking", "B")).isEqualTo(older);
		Record state = this.probe.rows("customer-state", Map.of("id", newer)).get(0);
		assertThat(state.get("status").asString()).isEqualTo("MERGED");
		List<Record> merges = this.probe.rows("merges", Map.of());
		assertThat(merges).hasSize(1);
		assertThat(merges.get(0).get("survivor").asString()).isEqualTo(older);
		assertThat(merges.get(0).get("absorbed").asList()).containsExactly(newer);
		assertThat(merges.get(0).get("triggeredBy").asList()).containsExactly(Ids.sourceRecord("app", "C"));
	}

	@Test
	void anonymousHistoryMovesToTheCustomerWhenTheDeviceLogsIn() {
		String known = ingestOne(record("core_banking", "K1", "Alice", "Fernandes", Map.of("email", "alice@example.in"))).customerId();
		List<IngestResult> browsing = this.ingest.track(List.of(
				event("p1", "Page_viewed", Map.of("anonymousId", "ck-9", "channel", "web"), Map.of("Page category", "Loans")),
				event("p2", "Page_viewed", Map.of("anonymousId", "ck-9", "channel", "web"), Map.of("Page category", "Loans"))),
				"events");
		String anonymous = browsing.get(0).customerId();
		assertThat(anonymous).startsWith("a-").isEqualTo(browsing.get(1).customerId());

		IngestResult login = this.ingest.track(List.of(event("l1", "Login",
				Map.of("anonymousId", "ck-9", "channel", "web", "identifiers", Map.of("email", "Alice@Example.in")), Map.of())),
				"events").get(0);
		IngestResult later = this.ingest.track(List.of(event("p3", "Page_viewed",
				Map.of("anonymousId", "ck-9", "channel", "web"), Map.of())), "events").get(0);

		assertThat(login.customerId()).isEqualTo(known);
		assertThat(later.customerId()).as("the cookie now belongs to the customer").isEqualTo(known);
		Record customer = this.probe.rows("customer-state", Map.of("id", known)).get(0);
		assertThat(customer.get("interactions").asLong()).isEqualTo(4);
		assertThat(this.probe.rows("customer-state", Map.of("id", anonymous)).get(0).get("status").asString())
			.isEqualTo("MERGED");
	}

	@Test
	void blocklistedValuesAreStoredButNeverStitch() {
		IngestResult first = ingestOne(record("web", "1", "Tom", "Test", Map.of("email", "test@example.com")));
		IngestResult second = ingestOne(record("web", "2", "Uma", "Other", Map.of("email", " TEST@example.com")));
		assertThat(second.customerId()).isNotEqualTo(first.customerId());
		assertThat(second.warnings()).anyMatch(w -> w.contains("blocklisted"));
	}

	@Test
	void aValueHeldByMoreThanTheLimitOfCustomersNeverStitches() {
		List<String> customers = new ArrayList<>();
		String[] pans = { "AAAAA1111A", "BBBBB2222B", "CCCCC3333C", "DDDDD4444D", "EEEEE5555E", "FFFFF6666F" };
		for (int i = 0; i < pans.length; i++) {
			customers.add(ingestOne(record("crm", "S" + i, "Person" + (char) ('a' + i), "Shared",
					Map.of("email", "family@example.in", "nationalId", pans[i]))).customerId());
		}
		assertThat(customers).as("different national ids are different people").doesNotHaveDuplicates();

		IngestResult seventh = ingestOne(record("web", "S7", "Someone", "Else", Map.of("email", "family@example.in")));

		assertThat(customers).doesNotContain(seventh.customerId());
		assertThat(seventh.warnings()).anyMatch(w -> w.contains("shared by 6 customers"));
	}

	@Test
	void aSharedPhoneStitchesOnlyWhenNamesAgree() {
		String husband = ingestOne(record("crm", "H", "Arjun", "Mehta", Map.of("phone", "+91 98450 11111"))).customerId();
		String wife = ingestOne(record("crm", "W", "Priya", "Mehta", Map.of("phone", "09845011111"))).customerId();
		String husbandAgain = ingestOne(record("branch", "H2", "Arjun", "Mehta", Map.of("phone", "9845011111"))).customerId();
		assertThat(wife).isNotEqualTo(husband);
		assertThat(husbandAgain).isEqualTo(husband);
	}

	@Test
	void aMailboxSharedByAHouseholdStopsStitchingFromTheFirstConflict() {
		String mother = ingestOne(record("crm", "M", "Sunita", "Rao", Map.of("email", "raos@example.in"))).customerId();
		IngestResult son = ingestOne(record("web", "S", "Kiran", "Rao", Map.of("email", "RAOS@example.in")));
		String motherAgain = ingestOne(record("branch", "M2", "Sunita", "Rao", Map.of("email", "raos@example.in"))).customerId();
		IngestResult unnamed = ingestOne(record("web", "U", null, "Rao", Map.of("email", "raos@example.in")));

		assertThat(son.customerId()).as("a family mailbox joins no two people").isNotEqualTo(mother);
		assertThat(son.warnings()).contains("email raos@example.in is shared by a household: stored, not used to "
				+ "stitch people with another given name");
		assertThat(motherAgain).as("the same given name still stitches through it").isEqualTo(mother);
		assertThat(unnamed.customerId()).as("no given name: nobody to tell apart").isNotIn(mother, son.customerId());
	}

	@Test
	void givenNamesConflictOnlyWhenTheyNameTwoPeople() {
		PersonName sunita = PersonName.of("Sunita", "Rao");
		assertThat(sunita.conflictsWith(PersonName.of("Kiran", "Rao"))).isTrue();
		assertThat(sunita.conflictsWith(PersonName.of("S.", "Rao"))).as("initial").isFalse();
		assertThat(sunita.conflictsWith(PersonName.of("Sunitha", "Rao"))).as("one edit").isFalse();
		assertThat(sunita.conflictsWith(PersonName.of(null, "Rao"))).as("missing").isFalse();
		assertThat(PersonName.of("Robert", "Ng").conflictsWith(PersonName.of("Bob", "Ng"))).as("nickname").isFalse();
		assertThat(PersonName.of("Jon", "Ng").conflictsWith(PersonName.of("Priya", "Ng"))).isTrue();
	}

	@Test
	void malformedOptionalValuesAreKeptRawWithWarningsAndNotStitched() {
		IngestResult dirty = ingestOne(record("branch", "D1", "John", "Smith",
				Map.of("dateOfBirth", "1985-02-30", "email", "john.smith@", "phone", "12")));
		IngestResult other = ingestOne(record("branch", "D2", "Jane", "Doe", Map.of("email", "john.smith@")));

		assertThat(dirty.status()).isEqualTo(IngestStatus.CREATED);
		assertThat(dirty.warnings()).hasSize(3)
			.anyMatch(w -> w.startsWith("dateOfBirth"))
			.anyMatch(w -> w.startsWith("email"))
			.anyMatch(w -> w.startsWith("phone"));
		assertThat(other.customerId()).isNotEqualTo(dirty.customerId());
		Record stored = this.probe.rows("stored-records", Map.of()).get(0);
		assertThat(stored.get("payload").asString()).contains("1985-02-30").contains("john.smith@").contains("\"12\"");
	}

	@Test
	void nationalIdsAreStoredOnlyAsSaltedHashes() {
		ingestOne(record("core_banking", "N1", "Ravi", "Kumar", Map.of("nationalId", "ABCDE1234F")));
		Record stored = this.probe.rows("stored-records", Map.of()).get(0);
		assertThat(stored.get("payload").asString()).doesNotContain("ABCDE1234F").contains("hmac-sha256:");
	}

	private IngestResult ingestOne(Map<String, Object> record) {
		IngestResult result = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(result.errors()).isEmpty();
		return result;
	}

	static Map<String, Object> record(String source, String sourceId, String first, String last, Map<String, Object> more) {
		Map<String, Object> record = new HashMap<>(more);
		record.put("source", source);
		record.put("sourceId", sourceId);
		record.put("firstName", first);
		record.put("lastName", last);
		return record;
	}

	static Map<String, Object> event(String id, String type, Map<String, Object> more, Map<String, Object> properties) {
		Map<String, Object> event = new HashMap<>(more);
		event.put("eventId", id);
		event.put("type", type);
		event.putIfAbsent("at", "2026-11-0" + (1 + Math.abs(id.hashCode()) % 8) + "T10:00:00Z");
		event.putIfAbsent("channel", "web");
		event.put("properties", properties);
		return event;
	}

}
