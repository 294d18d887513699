package io.skein.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.skein.segment.rule.Rule;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.SetCompiler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full evaluation starts from index-backed entry points where a rule has them; on random rules over a
 * fixture bank it must match exactly the customers the per-customer predicate matches.
 */
class SetEvaluationTest extends SegmentTestSupport {

	@Autowired
	SegmentService segments;

	@Autowired
	SegmentRepository repository;

	@Autowired
	Rules rules;

	@Test
	void setBasedAndPerCustomerEvaluationAgreeOnRandomRules() {
		FixtureBank bank = ingested(new FixtureBank(70, 20261127L, NOW));
		String savers = savers();
		RandomRules random = new RandomRules(new Random(7), savers);
		int withEntryPoint = 0;
		int selective = 0;
		for (int n = 0; n < 120; n++) {
			Map<String, Object> json = random.rule(0);
			Rule rule = this.rules.segmentRule(json, "rule");
			RuleCompiler compiler = new RuleCompiler(NOW, "rule");
			SetCompiler sets = new SetCompiler(compiler);
			String matching = sets.matching(rule);
			String scan = sets.scan(rule);
			Set<String> bySets = ids(matching, compiler.parameters());
			Set<String> byPredicate = ids(scan, compiler.parameters());
			assertThat(bySets).as("%s%n%s", json, matching).isEqualTo(byPredicate);
			if (matching.startsWith("CALL")) {
				withEntryPoint++;
			}
			if (!bySets.isEmpty() && bySets.size() < bank.customers.size()) {
				selective++;
			}
		}
		assertThat(withEntryPoint).as("rules that start from an entry point").isGreaterThan(60);
		assertThat(selective).as("rules matching some but not all customers").isGreaterThan(60);
	}

	/**
	 * Rules answered from the customers' precomputed facts (kept by the upkeep as the bank is ingested) match
	 * the customers the traversing predicate matches, also once accounts have closed since (stale facts are
	 * refreshed by the full evaluation first).
	 */
	@Test
	void factsAndTraversalAgreeOnRandomRules() {
		FixtureBank bank = ingested(new FixtureBank(60, 20261206L, NOW));
		String savers = savers();
		RandomRules random = new RandomRules(new Random(11), savers);
		int readingFacts = 0;
		int selective = 0;
		for (int n = 0; n < RULES; n++) {
			if (n == RULES / 2) {
				// some accounts close 30 days after NOW (FixtureBank): their holders' facts go stale
				time().advance(java.time.Duration.ofDays(31));
				this.facts.refreshStale(time().instant());
			}
			Map<String, Object> json = n % 3 == 0 ? random.rule(0) : random.factual(0);
			Rule rule = this.rules.segmentRule(json, "rule");
			RuleCompiler withFacts = new RuleCompiler(time().instant(), "rule").withFacts();
			String matching = new SetCompiler(withFacts).matching(rule);
			RuleCompiler traversing = new RuleCompiler(time().instant(), "rule");
			String scan = new SetCompiler(traversing).scan(rule);
			Set<String> byFacts = ids(matching, withFacts.parameters());
			assertThat(byFacts).as("%s%n%s", json, matching).isEqualTo(ids(scan, traversing.parameters()));
			if (matching.contains("c.fact")) {
				readingFacts++;
			}
			if (!byFacts.isEmpty() && byFacts.size() < bank.customers.size()) {
				selective++;
			}
		}
		assertThat(readingFacts).as("rules that read facts").isGreaterThan(RULES / 2);
		assertThat(selective).as("rules matching some but not all customers").isGreaterThan(RULES / 2);
	}

	/**
	 * A re-check finds its changes in the database (the matches not yet in, the members no longer matching): a
	 * segment holding rule A's customers, re-evaluated against rule B, enters exactly B minus A and lets go
	 * exactly A minus B, and a second re-check against B changes nothing.
	 */
	@Test
	void aRecheckEntersAndExitsExactlyTheDifference() {
		ingested(new FixtureBank(60, 20261207L, NOW));
		String savers = savers();
		RandomRules random = new RandomRules(new Random(13), savers);
		int entering = 0;
		int exiting = 0;
		for (int n = 0; n < 10; n++) {
			Map<String, Object> a = random.factual(0);
			Map<String, Object> b = n % 2 == 0 ? random.factual(0) : random.rule(0);
			String segmentId = this.segments.create(Map.of("name", "Recheck " + n, "rule", a)).id();
			RuleCompiler compilerA = new RuleCompiler(time().instant(), "rule").withFacts();
			Set<String> inA = ids(new SetCompiler(compilerA).matching(this.rules.segmentRule(a, "rule")), compilerA.parameters());
			RuleCompiler compilerB = new RuleCompiler(time().instant(), "rule").withFacts();
			Rule ruleB = this.rules.segmentRule(b, "rule");
			String matchingB = new SetCompiler(compilerB).matching(ruleB);
			String predicateB = compilerB.predicate(ruleB);
			Set<String> inB = ids(matchingB, compilerB.parameters());

			SegmentRepository.Changes changes = this.repository.evaluateAll(segmentId, matchingB, predicateB,
					compilerB.parameters(), time().instant());
			Set<String> expectedIn = new HashSet<>(inB);
			expectedIn.removeAll(inA);
			Set<String> expectedOut = new HashSet<>(inA);
			expectedOut.removeAll(inB);
			assertThat(new HashSet<>(changes.entered())).as("entered, %s then %s", a, b).isEqualTo(expectedIn);
			assertThat(new HashSet<>(changes.exited())).as("exited, %s then %s", a, b).isEqualTo(expectedOut);
			SegmentRepository.Changes again = this.repository.evaluateAll(segmentId, matchingB, predicateB,
					compilerB.parameters(), time().instant());
			assertThat(again.entered()).isEmpty();
			assertThat(again.exited()).isEmpty();
			entering += expectedIn.size();
			exiting += expectedOut.size();
		}
		assertThat(entering).as("customers entering over the pairs").isPositive();
		assertThat(exiting).as("customers exiting over the pairs").isPositive();
	}

	/** Random rules compared (half before some facts go stale, half after): each costs two set queries. */
	static final int RULES = 50;

	@Autowired
	CustomerFacts facts;

	private FixtureBank ingested(FixtureBank bank) {
		assertThat(this.ingest.ingestRecords(bank.records(), "records")).allSatisfy(r -> assertThat(r.errors()).isEmpty());
		assertThat(this.ingest.track(bank.events(), "events")).allSatisfy(r -> assertThat(r.errors()).isEmpty());
		return bank;
	}

	/** A segment the random rules may refer to. */
	private String savers() {
		return this.segments.create(Map.of("name", "Savers", "rule",
				Map.of("holding", Map.of("products", List.of("SAVINGS", "FIXED_DEPOSIT"))))).id();
	}

	private Set<String> ids(String matching, Map<String, Object> parameters) {
		List<String> ids = this.repository.matchingIds(matching, parameters);
		assertThat(new HashSet<>(ids)).as("each customer once").hasSize(ids.size());
		return new HashSet<>(ids);
	}

	/** Rules of every node kind, nested up to three deep, with values the fixture bank makes selective. */
	record RandomRules(Random random, String segmentId) {

		Map<String, Object> rule(int depth) {
			int kind = this.random.nextInt(depth >= 2 ? 6 : 9);
			return switch (kind) {
				case 0, 1 -> holding();
				case 2, 3 -> event();
				case 4 -> Map.of("segment", Map.of("id", this.segmentId));
				case 5 -> leaf();
				case 6 -> Map.of("not", rule(depth + 1));
				default -> Map.of(kind == 7 ? "and" : "or", List.of(rule(depth + 1), rule(depth + 1), rule(depth + 1))
					.subList(0, 2 + this.random.nextInt(2)));
			};
		}

		private Map<String, Object> holding() {
			Map<String, Object> h = new java.util.HashMap<>();
			if (this.random.nextInt(5) == 0) {
				h.put("categories", List.of("DEPOSIT"));
			}
			else {
				h.put("products", List.of(pick(FixtureBank.PRODUCTS), pick(FixtureBank.PRODUCTS)));
			}
			switch (this.random.nextInt(6)) {
				case 0 -> h.put("count", Map.of("gte", 2));
				case 1 -> h.put("count", Map.of("lte", 0));
				case 2 -> h.put("totalBalance", Map.of("gt", 100_000));
				case 3 -> h.put("balance", Map.of("gte", 50_000));
				case 4 -> h.put("includeClosed", true);
				default -> {
				}
			}
			return Map.of("holding", h);
		}

		private Map<String, Object> event() {
			Map<String, Object> e = new java.util.HashMap<>();
			if (this.random.nextInt(4) > 0) {
				e.put("window", Map.of("last", 30 + this.random.nextInt(300), "unit", "DAYS"));
			}
			if (this.random.nextBoolean()) {
				e.put("type", this.random.nextBoolean() ? "Page_viewed" : pick(FixtureBank.TRANSACTIONS));
			}
			if (this.random.nextInt(4) == 0) {
				e.put("category", pick(FixtureBank.PAGES));
			}
			switch (this.random.nextInt(4)) {
				case 0 -> e.put("count", Map.of("gte", 1 + this.random.nextInt(3)));
				case 1 -> e.put("count", Map.of("lte", 2));
				case 2 -> e.put("count", Map.of("gte", 2, "lte", 4));
				default -> {
				}
			}
			return Map.of("event", e);
		}

		/** Rules mostly of nodes the facts answer (holdings by product, activity in a window), some others mixed in. */
		Map<String, Object> factual(int depth) {
			int kind = this.random.nextInt(depth >= 2 ? 5 : 8);
			return switch (kind) {
				case 0, 1 -> factHolding();
				case 2, 3 -> activity();
				case 4 -> this.random.nextBoolean() ? event() : holding();
				case 5 -> Map.of("not", factual(depth + 1));
				default -> Map.of(kind == 6 ? "and" : "or", List.of(factual(depth + 1), factual(depth + 1), factual(depth + 1))
					.subList(0, 2 + this.random.nextInt(2)));
			};
		}

		private Map<String, Object> factHolding() {
			Map<String, Object> h = new java.util.HashMap<>();
			if (this.random.nextBoolean()) {
				h.put("products", List.of(pick(FixtureBank.PRODUCTS), pick(FixtureBank.PRODUCTS)));
			}
			switch (this.random.nextInt(5)) {
				case 0 -> h.put("count", Map.of("gte", 2));
				case 1 -> h.put("count", Map.of("lte", 0));
				case 2 -> h.put("totalBalance", Map.of("gt", 100_000));
				case 3 -> h.put("totalBalance", Map.of("gte", 50_000, "lt", 1_000_000));
				default -> h.put("count", Map.of("gte", 1));
			}
			return Map.of("holding", h);
		}

		private Map<String, Object> activity() {
			Map<String, Object> e = new java.util.HashMap<>();
			if (this.random.nextInt(5) > 0) {
				e.put("window", Map.of("last", 10 + this.random.nextInt(300), "unit", "DAYS"));
			}
			e.put("count", this.random.nextBoolean() ? Map.of("gte", 1) : Map.of("lte", 0));
			return Map.of("event", e);
		}

		private Map<String, Object> leaf() {
			return switch (this.random.nextInt(3)) {
				case 0 -> Map.of("profile", Map.of("field", "FIRST_NAME", "op", "IN", "value", List.of("Fixturea", "Fixtureb",
						"Fixturec", "Fixtured", "Fixturee", "Fixturef")));
				case 1 -> Map.of("rfm", Map.of("recency", Map.of("gte", 3)));
				default -> Map.of("transactions", Map.of("types", List.of(pick(FixtureBank.TRANSACTIONS)), "property",
						"amount", "window", Map.of("last", 200, "unit", "DAYS"), "sum", Map.of("gte", 20_000)));
			};
		}

		private String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

	}

}
