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

	private static ScoredPair personLink(String a, String b, String givenName, String dateOfBirth, double street) {
		return personLink(a, b, givenName, dateOfBirth, street, "MISSING", "MISSING");
	}

	private static ScoredPair personLink(String a, String b, String givenName, String dateOfBirth, double street,
			String locality, String email) {
		return new ScoredPair(new RecordPair(a, b), Band.LINK, 20, -13, List.of(
				new ComparisonWeight("givenName", givenName, givenName.equals("DIFFERENT") ? -4 : 8, null),
				new ComparisonWeight("familyName", "EXACT", 9, null),
				new ComparisonWeight("dateOfBirth", dateOfBirth, dateOfBirth.equals("EXACT") ? 13 : 0, null),
				new ComparisonWeight("nationalId", "DIFFERENT", -5, null),
				new ComparisonWeight("street", street == 0 ? "MISSING" : street > 0 ? "EXACT" : "DIFFERENT", street, null),
				new ComparisonWeight("locality", locality, locality.equals("MISSING") ? 0 : 2, null),
				new ComparisonWeight("email", email, email.equals("DIFFERENT") ? -5 : email.equals("MISSING") ? 0 : 9, null)));
	}

	@Test
	void aLinkAgreeingOnThePersonAndTheirAddressReconcilesTwoIds() {
		// the same name, birth date and street: one id was keyed wrong or copied from another form
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord b = holder("bank:2", "XYZPK9876Q");

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2"),
				List.of(personLink("bank:1", "bank:2", "EXACT", "EXACT", 12)), (x, y) -> 20, constraints(a, b));

		assertThat(clustering.clusters()).containsExactly(List.of("bank:1", "bank:2"));
		assertThat(clustering.heldForReview()).isEmpty();
		// named, so the MATCHED edge can say which link lets the customer hold both ids
		assertThat(clustering.corroboratingPairs()).containsExactly(new RecordPair("bank:1", "bank:2"));
	}

	@Test
	void twinsNamesakesAndFathersAreNotCorroborated() {
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord b = holder("bank:2", "XYZPK9876Q");
		List<ScoredPair> notThePerson = List.of(personLink("bank:1", "bank:2", "DIFFERENT", "EXACT", 12),
				personLink("bank:1", "bank:2", "EXACT", "EXACT", -3), personLink("bank:1", "bank:2", "EXACT", "DIFFERENT", 12),
				personLink("bank:1", "bank:2", "EXACT", "MISSING", 12),
				// namesakes born the same day in the same city, with their own e-mail addresses
				personLink("bank:1", "bank:2", "EXACT", "EXACT", 0, "CITY", "MISSING"),
				personLink("bank:1", "bank:2", "EXACT", "EXACT", 12, "POSTCODE_AND_CITY", "DIFFERENT"),
				// namesakes' e-mails look alike (ganesh.sinha150@ / ganeshsinha1172@): similar is not the same
				personLink("bank:1", "bank:2", "EXACT", "EXACT", -3, "CITY", "FUZZY"));

		for (ScoredPair link : notThePerson) {
			Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2"), List.of(link),
					(x, y) -> 20, constraints(a, b));

			assertThat(clustering.clusters()).as(link.comparisons().toString()).hasSize(2);
			assertThat(clustering.heldForReview()).singleElement()
				.satisfies(held -> assertThat(held.reason()).isEqualTo(HeldMerge.Reason.NATIONAL_IDS));
		}
	}

	@Test
	void aCorroboratedPairDoesNotLetAThirdIdIn() {
		MatchRecord a = holder("bank:1", "ABCPK1234F");
		MatchRecord b = holder("bank:2", "XYZPK9876Q");
		MatchRecord c = holder("bank:3", "LMNPK5555R");
		// 1~2 corroborated; 3 links to 2 on score alone
		List<ScoredPair> links = List.of(personLink("bank:1", "bank:2", "EXACT", "EXACT", 12), link("bank:2", "bank:3", 15));

		Clustering clustering = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2", "bank:3"), links,
				(x, y) -> 20, constraints(a, b, c));

		assertThat(clustering.clusters()).containsExactlyInAnyOrder(List.of("bank:1", "bank:2"), List.of("bank:3"));
		assertThat(clustering.heldForReview()).singleElement()
			.satisfies(held -> assertThat(held.reason()).isEqualTo(HeldMerge.Reason.NATIONAL_IDS));
	}

	@Test
	void oneWrongDigitInTheBirthDateCorroboratesOnlyWithinTheYear() {
		MatchRecord father = bornIn("bank:1", "ABCPK1234F", "1955-04-01");
		MatchRecord son = bornIn("bank:2", "XYZPK9876Q", "1985-04-01");
		MatchRecord typo = bornIn("bank:3", "LMNPK5555R", "1955-04-07");
		ScoredPair fatherAndSon = personLink("bank:1", "bank:2", "EXACT", "ONE_DIGIT", 12);
		ScoredPair fatherAndTypo = personLink("bank:1", "bank:3", "EXACT", "ONE_DIGIT", 12);

		Clustering sameName = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:2"), List.of(fatherAndSon),
				(x, y) -> 20, constraints(father, son));
		Clustering keyedWrong = new GuardedClusterer(-4, 25).cluster(Set.of("bank:1", "bank:3"), List.of(fatherAndTypo),
				(x, y) -> 20, constraints(father, typo));

		assertThat(sameName.clusters()).hasSize(2);
		assertThat(keyedWrong.clusters()).containsExactly(List.of("bank:1", "bank:3"));
	}

	private static MatchRecord bornIn(String id, String nationalId, String dob) {
		return MatchRecord.of(new RecordInput("bank", id.substring("bank:".length()), "ravi", null, "kumar", null, dob, null,
				null, null, nationalId, null, null, null));
	}

}
