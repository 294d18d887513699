package io.skein.segment;

import java.util.List;
import java.util.Map;

import io.skein.changefeed.ChangeFeedStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new segment's first evaluation records one CREATED event with its member count, and no entry, change-feed
 * event or published membership change per member; later entries and exits are recorded per customer.
 */
@RecordApplicationEvents
class SegmentCreatedEventTest extends SegmentTestSupport {

	@Autowired
	SegmentService segments;

	@Autowired
	ChangeFeedStore feed;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEvents events;

	@Test
	void theFirstEvaluationIsOneCreatedEventThenEntriesAndExitsArePerCustomer() {
		String asha = saver("C1", "asha@example.in", "SB-1001", null);
		String bala = saver("C2", "bala@example.in", "SB-1002", null);
		record("crm", "C3", Map.of("firstName", "Cyrus", "email", "cyrus@example.in"));

		String id = this.segments.create(Map.of("name", "Savers", "rule",
				Map.of("holding", Map.of("products", List.of("SAVINGS"))))).id();

		assertThat(this.segments.members(id, null, 10)).extracting(SegmentMember::customerId)
			.containsExactlyInAnyOrder(asha, bala);
		List<SegmentEvent> history = this.segments.history(id, 10);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).type()).isEqualTo("CREATED");
		assertThat(history.get(0).memberCount()).isEqualTo(2);
		assertThat(history.get(0).customerId()).isNull();
		assertThat(history.get(0).at()).isEqualTo(NOW);
		assertThat(this.events.stream(SegmentMembershipChanged.class)).as("nothing published per first member")
			.noneMatch(e -> e.segmentId().equals(id));
		assertThat(this.feed.eventsOf(asha)).as("no change-feed event per first member")
			.noneMatch(e -> e.type().equals("SEGMENT_ENTERED"));
		assertThat(segmentEntries(id)).isZero();

		String dev = saver("C4", "dev@example.in", "SB-1004", null);
		saver("C2", "bala@example.in", "SB-1002", "2026-05-01");

		List<SegmentEvent> later = this.segments.history(id, 10);
		assertThat(later).extracting(SegmentEvent::type).containsExactlyInAnyOrder("CREATED", "ENTERED", "EXITED");
		assertThat(later).filteredOn(e -> e.type().equals("ENTERED")).singleElement()
			.satisfies(e -> assertThat(e.customerId()).isEqualTo(dev));
		assertThat(later).filteredOn(e -> e.type().equals("EXITED")).singleElement()
			.satisfies(e -> assertThat(e.customerId()).isEqualTo(bala));
		assertThat(this.segments.members(id, null, 10)).extracting(SegmentMember::customerId)
			.containsExactlyInAnyOrder(asha, dev);
		assertThat(this.feed.eventsOf(dev)).as("a later entry reaches the change feed")
			.anyMatch(e -> e.type().equals("SEGMENT_ENTERED"));
		assertThat(this.feed.eventsOf(bala)).anyMatch(e -> e.type().equals("SEGMENT_EXITED"));
		assertThat(this.events.stream(SegmentMembershipChanged.class))
			.anyMatch(e -> e.segmentId().equals(id) && e.customerId().equals(dev) && e.type().equals("ENTERED"));
	}

	@Test
	void anEmptyNewSegmentRecordsCreatedWithNoMembers() {
		record("crm", "E1", Map.of("firstName", "Esha", "email", "esha@example.in"));
		String id = this.segments.create(Map.of("name", "Nobody", "rule",
				Map.of("holding", Map.of("totalBalance", Map.of("gt", 1_000_000))))).id();
		assertThat(this.segments.history(id, 10)).singleElement().satisfies(e -> {
			assertThat(e.type()).isEqualTo("CREATED");
			assertThat(e.memberCount()).isZero();
		});
	}

	private String saver(String sourceId, String email, String account, String closedAt) {
		Map<String, Object> holding = new java.util.HashMap<>(Map.of("accountNumber", account, "productCode", "SAVINGS",
				"balance", 1000.0, "openedAt", "2025-01-01"));
		if (closedAt != null) {
			holding.put("closedAt", closedAt);
		}
		return record("core_banking", sourceId, Map.of("firstName", "Saver", "email", email, "accounts", List.of(holding)));
	}

	private long segmentEntries(String segmentId) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (e:SegmentEvent {segmentId: $s}) WHERE e.type = 'ENTERED' RETURN count(e) AS n",
					Map.of("s", segmentId)).single().get("n").asLong();
		}
	}

}
