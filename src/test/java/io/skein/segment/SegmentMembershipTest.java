package io.skein.segment;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Membership kept current: real-time entry on ingestion, exit as windows pass, merges, history. */
@RecordApplicationEvents
class SegmentMembershipTest extends SegmentTestSupport {

	@Autowired
	ShippedSegments shipped;

	@Autowired
	SegmentService segments;

	@Autowired
	MembershipEvaluator evaluator;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void shippedSegments() {
		this.shipped.ensure();
	}

	@Test
	void aTrackedInsurancePageViewEntersTheSegmentAtOnceAndLeavesWhenTheWindowPasses() {
		String asha = record("crm", "A1", Map.of("firstName", "Asha", "email", "asha@example.in"));
		assertThat(memberIds("viewed-insurance-page")).isEmpty();

		event("pv-1", "Page_viewed", "asha@example.in", NOW.minus(1, ChronoUnit.DAYS), Map.of("Page category", "Insurance"));

		assertThat(memberIds("viewed-insurance-page")).containsExactly(asha);
		assertThat(memberIds("viewed-loan-services-page")).isEmpty();
		assertThat(this.events.stream(SegmentMembershipChanged.class))
			.anyMatch(e -> e.customerId().equals(asha) && e.segmentId().equals("viewed-insurance-page")
					&& e.type().equals("ENTERED") && e.at().equals(NOW));

		time().advance(Duration.ofDays(170));
		this.evaluator.recheckAll();
		assertThat(memberIds("viewed-insurance-page")).as("still within 6 months").containsExactly(asha);

		time().advance(Duration.ofDays(20));
		MembershipEvaluator.Outcome outcome = this.evaluator.recheckAll();

		assertThat(memberIds("viewed-insurance-page")).isEmpty();
		assertThat(outcome.exited()).isGreaterThanOrEqualTo(1);
		List<SegmentEvent> history = this.segments.history("viewed-insurance-page", 10);
		assertThat(history).extracting(SegmentEvent::type).as("the shipped segment's creation last")
			.containsExactly("EXITED", "ENTERED", "CREATED");
		assertThat(history.get(0).at()).isEqualTo(NOW.plus(Duration.ofDays(190)));
		assertThat(this.events.stream(SegmentMembershipChanged.class))
			.anyMatch(e -> e.customerId().equals(asha) && e.type().equals("EXITED"));
	}

	@Test
	void anEventOlderThanTheWindowDoesNotEnter() {
		record("crm", "B1", Map.of("firstName", "Bala", "email", "bala@example.in"));
		event("pv-old", "Page_viewed", "bala@example.in", NOW.minus(200, ChronoUnit.DAYS),
				Map.of("Page category", "Insurance"));
		assertThat(memberIds("viewed-insurance-page")).isEmpty();
	}

	@Test
	void aCustomerMergedAwayLeavesTheirSegments() {
		String older = record("crm", "M1", Map.of("firstName", "Anita", "email", "anita@example.in"));
		time().advance(Duration.ofMinutes(1));
		String newer = record("core_banking", "M2", Map.of("firstName", "Anita", "nationalId", "PQRSX9876K",
				"attributes", Map.of("IsGlobetrotter", true)));
		assertThat(memberIds("globetrotter")).containsExactly(newer);

		String survivor = record("app", "M3", Map.of("firstName", "Anita", "email", "anita@example.in",
				"nationalId", "PQRSX9876K"));

		assertThat(survivor).isEqualTo(older);
		assertThat(memberIds("globetrotter")).as("the survivor holds the globetrotter record now")
			.containsExactly(older);
		assertThat(this.segments.history("globetrotter", 10))
			.anyMatch(e -> newer.equals(e.customerId()) && e.type().equals("EXITED"));
	}

	@Test
	void aSegmentOfSegmentsFollowsItsInputs() {
		String id = this.segments.create(Map.of("name", "Globetrotters browsing insurance", "rule",
				Map.of("and", List.of(Map.of("segment", Map.of("id", "globetrotter")),
						Map.of("segment", Map.of("id", "viewed-insurance-page")))))).id();
		String ravi = record("crm", "R1", Map.of("firstName", "Ravi", "email", "ravi@example.in",
				"attributes", Map.of("IsGlobetrotter", true)));
		assertThat(memberIds(id)).isEmpty();

		event("pv-2", "Page_viewed", "ravi@example.in", NOW.minus(2, ChronoUnit.DAYS), Map.of("Page category", "Insurance"));

		assertThat(memberIds(id)).containsExactly(ravi);
	}

	private List<String> memberIds(String segmentId) {
		return this.segments.members(segmentId, null, 100).stream().map(SegmentMember::customerId).toList();
	}

}
