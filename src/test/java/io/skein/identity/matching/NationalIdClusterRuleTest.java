package io.skein.identity.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.skein.ingest.RecordInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster ever holds two national ids, whatever joins them: checked for the whole cluster, not pair by
 * pair, so a third record without an id cannot bridge two people who have one each.
 */
class NationalIdClusterRuleTest {

	private static final MatchThresholds THRESHOLDS = new MatchThresholds(1.0, -4.0);

	private static MatchRecord holder(String id, String nationalId) {
		return MatchRecord.of(new RecordInput("bank", id.substring("bank:".length()), "ravi", null, "kumar", null, "1980-01-01", null, null, null,
				nationalId, null, null, null));
	}

	private static ScoredPair link(String a, String b, double total) {
		return new ScoredPair(new RecordPair(a, b), THRESHOLDS.band(total), total, 0, List.of());
	}

	private static GuardedClusterer.Constraints constraints(MatchRecord... records) {
		return GuardedClusterer.Constraints.withNationalIds(List.of(), List.of(), Map.of(), List.of(records));
	}

	@Test
	void aRecordWithoutAnIdDoesNotBridgeTwoIds() {
		MatchRecord father = holder("bank:1", "ABCPK1234F");
		MatchRecord son = holder("bank:2", "XYZPK9876Q");
		MatchRecord noId = holder("bank:3", null);
		List<ScoredPair> links = List.of(link("bank:1", "bank:3", 12), link("bank:2", "bank:3", 11));

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2", "bank:3"), links,
				(a, b) -> 10, constraints(father, son, noId));

		assertThat(clustering.clusters()).containsExactlyInAnyOrder(List.of("bank:1", "bank:3"), List.of("bank:2"));
		assertThat(clustering.heldForReview()).singleElement()
			.satisfies(held -> assertThat(held.reason()).isEqualTo(HeldMerge.Reason.NATIONAL_IDS));
	}

	@Test
	void deterministicLinksObeyTheSameRule() {
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord b = holder("bank:2", "XYZPK9876Q");
		MatchRecord bridge = holder("bank:3", null);
		// the bridge shares an email with each: must-links, not scores
		List<RecordPair> mustLinks = List.of(new RecordPair("bank:1", "bank:3"), new RecordPair("bank:2", "bank:3"));

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2", "bank:3"), List.of(),
				(x, y) -> 10, GuardedClusterer.Constraints.withNationalIds(List.of(), mustLinks, Map.of(),
						List.of(a, b, bridge)));

		assertThat(clustering.clusters()).hasSize(2);
		assertThat(clustering.clusters()).noneMatch(c -> c.containsAll(List.of("bank:1", "bank:2")));
	}

	@Test
	void oneKeyingErrorIsTheSameId() {
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord typo = holder("bank:2", "ABCPK1243F");

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2"),
				List.of(link("bank:1", "bank:2", 9)), (x, y) -> 9, constraints(a, typo));

		assertThat(clustering.clusters()).containsExactly(List.of("bank:1", "bank:2"));
	}

	@Test
	void aStewardMayJoinThemDeliberately() {
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord b = holder("bank:2", "XYZPK9876Q");

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2"), List.of(),
				(x, y) -> -10, GuardedClusterer.Constraints.withNationalIds(List.of(new RecordPair("bank:1", "bank:2")),
						List.of(), Map.of(), List.of(a, b)));

		assertThat(clustering.clusters()).containsExactly(List.of("bank:1", "bank:2"));
	}

}
