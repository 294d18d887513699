package io.skein.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.identity.Ids;
import io.skein.identity.steward.StewardService;
import io.skein.ingest.IngestService;
import io.skein.ingest.Json;
import io.skein.journey.DropOffService;
import io.skein.purpose.AliceWeek;
import io.skein.purpose.Fixtures;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox side of the change feed, without Kafka: purposes moving stage, drop-offs detected and cleared, a
 * steward split and its undo each leave their ChangeEvent in the change's transaction, numbered 1, 2, ... per
 * customer, each valid against the JSON Schema; a replay of the same input records nothing more.
 */
@SkeinTest
class ChangeFeedRecordingTest {

	@Autowired
	IngestService ingest;

	@Autowired
	DropOffService dropOffs;

	@Autowired
	StewardService steward;

	@Autowired
	ChangeFeedStore store;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	@Test
	void purposeStagesAreRecordedWhenTheyMoveAndNotOnAReplay() {
		this.clock.set("2026-11-08T12:00:00Z");
		this.ingest.ingestRecords(AliceWeek.records(), "records");
		this.ingest.track(AliceWeek.events(), "events");
		String alice = this.probe.customerOf("core_banking", "CB-ALICE-001");
		List<ChangeEvent> before = valid(this.store.eventsOf(alice));
		assertThat(stages(before, "HOME_LOAN")).last().isEqualTo("CONSIDERING");
		assertThat(stages(before, "CREDIT_CARD")).last().isEqualTo("AWARE");

		this.ingest.track(AliceWeek.events(), "events");
		assertThat(this.store.eventsOf(alice)).as("a replay changes nothing").hasSameSizeAs(before);

		this.ingest.track(List.of(Fixtures.event("ev-30", "Loan_application_started", "2026-11-08T10:00:00Z", "web",
				AliceWeek.EMAIL, "loanType", "home", "amount", 4500000)), "events");
		List<ChangeEvent> after = valid(this.store.eventsOf(alice));
		ChangeEvent moved = after.get(after.size() - 1);
		assertThat(moved.type()).isEqualTo("PURPOSE_STAGE_CHANGED");
		assertThat(moved.data()).containsEntry("purposeType", "HOME_LOAN").containsEntry("fromStage", "CONSIDERING")
			.containsEntry("toStage", "APPLYING");
	}

	@Test
	void dropOffsAreRecordedWhenDetectedAndCleared() {
		this.clock.set("2026-11-10T12:00:00Z");
		this.ingest.ingestRecords(List.of(Fixtures.customer("crm", "1", "Ravi", "ravi@example.in")), "records");
		this.ingest.track(List.of(
				Fixtures.event("l1", "Loan_application_started", "2026-11-10T09:00:00Z", "web", "ravi@example.in",
						"loanType", "personal"),
				Fixtures.event("l2", "Loan_application_step", "2026-11-10T09:10:00Z", "web", "ravi@example.in", "step", 2)),
				"events");
		String ravi = this.probe.customerOf("crm", "1");
		this.clock.advance(Duration.ofDays(8));
		this.dropOffs.recomputeAll();
		this.dropOffs.recomputeAll();
		this.ingest.track(List.of(Fixtures.event("l3", "Loan_application_submitted", "2026-11-18T15:00:00Z", "web",
				"ravi@example.in", "loanType", "personal")), "events");

		List<ChangeEvent> events = valid(this.store.eventsOf(ravi));
		List<ChangeEvent> dropOffs = events.stream().filter(e -> e.type().startsWith("DROP_OFF")).toList();
		assertThat(dropOffs).extracting(ChangeEvent::type).containsExactly("DROP_OFF_DETECTED", "DROP_OFF_CLEARED");
		assertThat(dropOffs).allSatisfy(e -> assertThat(e.data()).containsEntry("dropOffKind", "LOAN_APPLICATION"));
		assertThat(dropOffs.get(0).data().get("dropOffId")).isEqualTo(dropOffs.get(1).data().get("dropOffId"));
	}

	@Test
	void aStewardSplitAndItsUndoAreRecorded() {
		String customer = this.ingest.ingestRecords(List.of(
				Fixtures.customer("crm", "1", "Anita", "anita@example.in"),
				Fixtures.customer("branch", "7", "Anita", "anita@example.in")), "records").get(0).customerId();
		assertThat(this.probe.customerOf("branch", "7")).isEqualTo(customer);
		var split = this.steward.split(customer, List.of(Ids.sourceRecord("branch", "7")), "son");
		String splitOff = this.probe.customerOf("branch", "7");
		this.steward.undo(split.id());

		List<ChangeEvent> events = valid(this.store.eventsOf(customer));
		assertThat(events).extracting(ChangeEvent::type).containsSubsequence("CREATED", "SPLIT", "MERGED");
		ChangeEvent splitEvent = events.stream().filter(e -> e.type().equals("SPLIT")).findFirst().orElseThrow();
		assertThat(splitEvent.data()).containsEntry("splitInto", splitOff).containsEntry("movedRecordCount", 1L);
		assertThat(events.get(events.size() - 1).data()).containsEntry("absorbedIds", List.of(splitOff));
		assertThat(valid(this.store.eventsOf(splitOff))).extracting(ChangeEvent::type).containsExactly("CREATED");
	}

	/** Checks the events are numbered 1, 2, ... and each is valid against the schema as published. */
	private static List<ChangeEvent> valid(List<ChangeEvent> events) {
		JsonNode schema = SchemaCheck.changeEventSchema();
		for (int i = 0; i < events.size(); i++) {
			assertThat(events.get(i).seq()).as("numbered 1, 2, ... without gap or repeat: %s", events).isEqualTo(i + 1);
			JsonNode value = SchemaCheck.MAPPER.readTree(Json.write(events.get(i).json()));
			assertThat(SchemaCheck.violations(schema, value)).as(value.toString()).isEmpty();
		}
		return events;
	}

	private static List<String> stages(List<ChangeEvent> events, String purposeType) {
		return events.stream()
			.filter(e -> e.type().equals("PURPOSE_STAGE_CHANGED") && purposeType.equals(e.data().get("purposeType")))
			.map(e -> (String) e.data().get("toStage"))
			.toList();
	}

}
