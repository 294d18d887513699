package io.skein.identity.steward;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.segment.SegmentMembership;
import io.skein.segment.SegmentService;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steward action moves records between customers outside ingestion; the customers it touched get
 * their derived state at once: a merge that brings a savings account and a card together puts the
 * survivor in a segment that needs both, and undoing it takes the survivor out again.
 */
@SkeinTest
class StewardChangesFollowTest {

	@Autowired
	IngestService ingest;

	@Autowired
	StewardService steward;

	@Autowired
	SegmentService segments;

	@Test
	void aMergeAndItsUndoMoveSegmentMembershipAtOnce() {
		String both = this.segments.create(Map.of("name", "Savers with a card", "rule", Map.of("and", List.of(
				Map.of("holding", Map.of("products", List.of("SAVINGS"))),
				Map.of("holding", Map.of("products", List.of("CREDIT_CARD"))))))).id();
		String saver = ingestOne(Map.of("source", "core", "sourceId", "1", "firstName", "Anita", "lastName", "Desai",
				"email", "anita@example.in", "accounts", List.of(Map.of("accountNumber", "SB00012345", "productCode", "SAVINGS", "openedAt", "2020-01-01"))));
		String holder = ingestOne(Map.of("source", "cards", "sourceId", "9", "firstName", "Anita", "lastName", "D",
				"phone", "9845012345", "accounts", List.of(Map.of("accountNumber", "CC00098765", "productCode", "CREDIT_CARD", "openedAt", "2021-01-01"))));
		assertThat(segmentsOf(saver)).doesNotContain(both);
		assertThat(segmentsOf(holder)).doesNotContain(both);

		StewardActionView merge = this.steward.merge(List.of(saver, holder), "same person, checked at the branch");
		String survivor = (String) merge.afterMap().get("survivorId");
		assertThat(segmentsOf(survivor)).as("right after the merge").contains(both);

		this.steward.undo(merge.id());
		assertThat(segmentsOf(saver)).as("right after the undo").doesNotContain(both);
		assertThat(segmentsOf(holder)).doesNotContain(both);
	}

	private String ingestOne(Map<String, Object> record) {
		return this.ingest.ingestRecords(List.of(record), "records").get(0).customerId();
	}

	private List<String> segmentsOf(String customerId) {
		return this.segments.memberships(List.of(customerId))
			.getOrDefault(customerId, List.of())
			.stream()
			.map(SegmentMembership::segmentId)
			.toList();
	}

}
