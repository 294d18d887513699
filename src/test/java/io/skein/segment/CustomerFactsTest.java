package io.skein.segment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.skein.identity.Ids;
import io.skein.identity.steward.StewardService;
import io.skein.privacy.ErasureService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed customer facts segment rules read stay equal to what a traversal finds, through the upkeep
 * path: after ingesting records and events, a merge, a split, an erasure (its facts go at once and come back,
 * empty, at the next full evaluation) and an account closing as time passes.
 */
class CustomerFactsTest extends SegmentTestSupport {

	/** Facts as stored on each active customer, by customer id. */
	private static final String STORED = """
			MATCH (c:Customer {status: 'ACTIVE'})
			RETURN c.id AS id, [c.factAccounts, c.factPortfolio, c.factProducts, toString(c.factLastEventAt)] AS facts
			""";

	/** The same, traversed (written independently of segment/facts-refresh). */
	private static final String TRAVERSED = """
			MATCH (c:Customer {status: 'ACTIVE'})
			OPTIONAL MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HOLDS]->(a:Account)
			WHERE a.closedAt IS NULL OR a.closedAt > $today
			WITH c, collect(DISTINCT a) AS open
			RETURN c.id AS id, [size(open), reduce(t = 0.0, x IN open | t + toFloat(x.balance)),
			       COLLECT { UNWIND open AS x RETURN x.productCode ORDER BY x.productCode },
			       toString(COLLECT { MATCH (i:Interaction)-[:OF_CUSTOMER]->(c) RETURN i.at ORDER BY i.at DESC LIMIT 1 }[0])] AS facts
			""";

	@Autowired
	StewardService steward;

	@Autowired
	ErasureService erasure;

	@Autowired
	MembershipEvaluator evaluator;

	@Autowired
	Driver driver;

	@Test
	void factsFollowIngestMergeSplitErasureAndTime() {
		String asha = record("core_banking", "F1", Map.of("firstName", "Asha", "email", "asha@example.in", "accounts",
				List.of(account("SB-1001", "SAVINGS", 1500.5, null), account("FD-1001", "FIXED_DEPOSIT", 200_000.0, null),
						account("SB-1000", "SAVINGS", 99.0, "2026-01-01"))));
		String ravi = record("core_banking", "F2", Map.of("firstName", "Ravi", "email", "ravi@example.in", "accounts",
				List.of(account("CC-1002", "CREDIT_CARD", 0.0, NOW.plus(10, ChronoUnit.DAYS).toString().substring(0, 10)))));
		event("ev-1", "Page_viewed", "asha@example.in", NOW.minus(3, ChronoUnit.DAYS), Map.of());
		event("ev-2", "Page_viewed", "asha@example.in", NOW.minus(1, ChronoUnit.DAYS), Map.of());
		assertFactsMatchTraversal();
		assertThat(stored().get(asha).get(0)).as("two open accounts of three").isEqualTo(2L);

		// a second customer, then merged into the first by a steward
		String second = record("web", "F3", Map.of("firstName", "Asha", "email", "asha.second@example.in", "accounts",
				List.of(account("SB-1003", "SAVINGS", 10.0, null))));
		event("ev-3", "Page_viewed", "asha.second@example.in", NOW.minus(2, ChronoUnit.HOURS), Map.of());
		assertThat(second).isNotEqualTo(asha);
		this.steward.merge(List.of(asha, second), "same person", true);
		assertFactsMatchTraversal();
		String survivor = stored().containsKey(asha) ? asha : second;
		assertThat(stored().get(survivor).get(0)).as("the merged customer holds three open accounts").isEqualTo(3L);

		// the web record split off again
		this.steward.split(survivor, List.of(Ids.sourceRecord("web", "F3")), "not the same person");
		assertFactsMatchTraversal();

		// erasure removes the facts at once; the next full evaluation recomputes them (nothing left)
		this.erasure.erase(ravi, "customer request", "test");
		assertThat(stored().get(ravi)).containsOnlyNulls();
		this.evaluator.recheckAll();
		assertFactsMatchTraversal();
		assertThat(stored().get(ravi).get(0)).isEqualTo(0L);

		// Ravi's card closing is in the past now for everyone else too: time passes beyond another closing date
		String meera = record("core_banking", "F4", Map.of("firstName", "Meera", "email", "meera@example.in", "accounts",
				List.of(account("CC-1004", "CREDIT_CARD", 5000.0, NOW.plus(10, ChronoUnit.DAYS).toString().substring(0, 10)))));
		assertThat(stored().get(meera).get(0)).isEqualTo(1L);
		time().advance(Duration.ofDays(11));
		this.evaluator.recheckAll();
		assertFactsMatchTraversal();
		assertThat(stored().get(meera).get(0)).as("the card closed: stale facts refreshed").isEqualTo(0L);
	}

	private void assertFactsMatchTraversal() {
		assertThat(stored()).isEqualTo(traversed());
	}

	private Map<String, List<Object>> stored() {
		return rows(STORED);
	}

	private Map<String, List<Object>> traversed() {
		return rows(TRAVERSED);
	}

	private Map<String, List<Object>> rows(String query) {
		String today = LocalDate.ofInstant(time().instant(), ZoneOffset.UTC).toString();
		Map<String, List<Object>> rows = new TreeMap<>();
		try (Session session = this.driver.session()) {
			session.run(query, Map.of("today", today))
				.forEachRemaining(r -> rows.put(r.get("id").asString(), r.get("facts").asList(v -> v.isNull() ? null
						: v.asObject() instanceof Double d ? (Object) (Math.round(d * 100) / 100.0) : v.asObject())));
		}
		return rows;
	}

	private static Map<String, Object> account(String number, String product, double balance, String closedAt) {
		Map<String, Object> account = new HashMap<>(Map.of("accountNumber", number, "productCode", product, "balance",
				balance, "openedAt", "2025-01-01"));
		if (closedAt != null) {
			account.put("closedAt", closedAt);
		}
		return account;
	}

}
