package io.skein.segment.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a rule for a full evaluation: instead of testing the per-customer predicate on every customer,
 * start from the customers an index-backed entry point reaches (holders of a product, customers with
 * events in a window, members of a segment), combined as intersection (and) and union (or), then test
 * only what the entry points do not decide exactly. Rule nodes without an entry point ({@code not},
 * profile, attribute, RFM, transactions) are left to the per-customer predicate of {@link RuleCompiler},
 * so both strategies match the same customers. With a compiler reading precomputed facts
 * ({@link RuleCompiler#withFacts}) the nodes the facts answer are tested on each customer in the same
 * pass instead (a rule made only of them is one scan of the active customers), and a union branch answered
 * by facts is such a scan. Text and parameters come from the compiler given.
 */
public final class SetCompiler {

	private final RuleCompiler compiler;

	public SetCompiler(RuleCompiler compiler) {
		this.compiler = compiler;
	}

	/**
	 * Clauses that yield one row per active customer {@code c} matching the rule (each customer once), to be
	 * followed by {@code WITH} or {@code RETURN}.
	 */
	public String matching(Rule rule) {
		Entry entry = entry(rule);
		if (entry == null) {
			// one pass over the active customers; fact reads written so their indexes can be sought
			return "MATCH (c:Customer {status: 'ACTIVE'}) WHERE " + this.compiler.conjuncts(rule);
		}
		return "CALL () { " + entry.query() + " } WITH c WHERE c.status = 'ACTIVE'"
				+ (entry.residual() == null ? "" : " AND " + entry.residual());
	}

	/** The same rows without entry points: the per-customer predicate tested on every active customer. */
	public String scan(Rule rule) {
		return "MATCH (c:Customer {status: 'ACTIVE'}) WHERE " + this.compiler.predicate(rule);
	}

	/**
	 * Customers to start from: {@code query} returns distinct {@code c}, a superset of those matching;
	 * {@code residual} is what must still hold for each, null when the query is exact.
	 */
	record Entry(String query, String residual) {
	}

	private Entry entry(Rule rule) {
		if (this.compiler.readsFacts(rule)) {
			// the facts answer it on the customer itself: no traversal to start from (see any for unions)
			return null;
		}
		if (rule instanceof Rule.All all) {
			return all(all.rules());
		}
		if (rule instanceof Rule.Any any) {
			return any(any);
		}
		if (rule instanceof Rule.Event event) {
			return event(event);
		}
		if (rule instanceof Rule.Holding holding) {
			return holding(holding);
		}
		if (rule instanceof Rule.InSegment in) {
			this.compiler.reads(in.segmentId());
			return new Entry("MATCH (:Segment {id: " + this.compiler.param(in.segmentId())
					+ "})<-[:IN_SEGMENT]-(c:Customer) RETURN DISTINCT c", null);
		}
		return null;
	}

	/** Intersection of the children's entries; children without one become part of the residual. */
	private Entry all(List<Rule> rules) {
		List<String> queries = new ArrayList<>();
		List<String> residuals = new ArrayList<>();
		List<Rule> unindexed = new ArrayList<>();
		for (Rule child : rules) {
			Entry entry = entry(child);
			if (entry == null) {
				unindexed.add(child);
				continue;
			}
			queries.add(entry.query());
			if (entry.residual() != null) {
				residuals.add(entry.residual());
			}
		}
		if (queries.isEmpty()) {
			return null;
		}
		unindexed.forEach(child -> residuals.add(this.compiler.predicate(child)));
		String residual = residuals.isEmpty() ? null : "(" + String.join(" AND ", residuals) + ")";
		if (queries.size() == 1) {
			return new Entry(queries.get(0), residual);
		}
		// each branch returns distinct customers, so those counted once per branch are in every set
		String k = this.compiler.variable("k");
		return new Entry(branches(queries, " UNION ALL ") + " WITH c, count(*) AS " + k + " WHERE " + k + " = "
				+ queries.size() + " RETURN c", residual);
	}

	/** Union of the children's entries, when every child has one. */
	private Entry any(Rule.Any any) {
		List<String> queries = new ArrayList<>();
		boolean exact = true;
		for (Rule child : any.rules()) {
			Entry entry = entry(child);
			if (entry == null && this.compiler.readsFacts(child)) {
				entry = new Entry("MATCH (c:Customer {status: 'ACTIVE'}) WHERE " + this.compiler.conjuncts(child)
						+ " RETURN c", null);
			}
			if (entry == null) {
				return null;
			}
			queries.add(entry.query());
			exact &= entry.residual() == null;
		}
		// a customer from an inexact branch may match none of the children: test the whole rule again
		return new Entry(branches(queries, " UNION ") + " RETURN DISTINCT c", exact ? null : this.compiler.predicate(any));
	}

	private static String branches(List<String> queries, String operator) {
		return "CALL () { " + String.join(operator, queries) + " }";
	}

	/** Exact for a window and a count that excludes zero: the window's interactions, counted per customer. */
	private Entry event(Rule.Event event) {
		if (event.window() == null || event.count().contains(0)) {
			return null;
		}
		String i = this.compiler.variable("i");
		String n = this.compiler.variable("n");
		return new Entry("MATCH (" + i + ":Interaction)" + RuleCompiler.where(this.compiler.eventFilters(event, i))
				+ " MATCH (" + i + ")-[:OF_CUSTOMER]->(c:Customer) WITH c, count(*) AS " + n + " WHERE "
				+ this.compiler.range(n, event.count()) + " RETURN c", null);
	}

	/**
	 * Holders of the products (or product categories) named, when the rule needs at least one account:
	 * a superset, as the accounts' other filters and the count are left to the predicate.
	 */
	private Entry holding(Rule.Holding holding) {
		boolean needsAccount = (holding.count() != null && !holding.count().contains(0))
				|| (holding.totalBalance() != null && !holding.totalBalance().contains(0));
		if (!needsAccount || (holding.products() == null && holding.categories() == null)) {
			return null;
		}
		String p = this.compiler.variable("p");
		String product = holding.products() != null ? p + ".code IN " + this.compiler.param(holding.products())
				: p + ".category IN " + this.compiler.param(holding.categories());
		return new Entry("MATCH (" + p + ":Product) WHERE " + product + " MATCH (" + p
				+ ")<-[:OF_PRODUCT]-(:Account)<-[:HOLDS]-(:SourceRecord)-[:BELONGS_TO]->(c:Customer) RETURN DISTINCT c",
				this.compiler.predicate(holding));
	}

}
