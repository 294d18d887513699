package io.skein.offer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.NotFoundException;
import io.skein.segment.Rules;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.RuleContext;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Runs many offer rules for one customer in one query: each rule is checked against what exists now,
 * compiled with one compiler (so parameters never collide) and placed in {@code cypher/offer/checks.cypher}.
 */
@Component
class OfferChecks {

	private static final String PLACEHOLDER = "__CHECKS__";

	private final Graph graph;

	private final Rules rules;

	private final Clock clock;

	private final NamedQuery template;

	OfferChecks(Graph graph, CypherQueries queries, Rules rules, Clock clock) {
		this.graph = graph;
		this.rules = rules;
		this.clock = clock;
		this.template = queries.get("offer/checks");
	}

	/** A rule to check: availability rules may not read the amount. */
	record Check(String id, Map<String, Object> rule, boolean usesAmount) {
	}

	record Result(String customerId, Map<String, Boolean> matched) {
	}

	Result run(String customerId, double amount, List<Check> checks) {
		RuleContext withAmount = this.rules.context(true);
		RuleContext withoutAmount = new RuleContext(withAmount.attributes(), withAmount.segmentExists(), false,
				withAmount.limits());
		RuleCompiler compiler = new RuleCompiler(this.clock.instant(), "rule");
		List<String> predicates = new ArrayList<>();
		for (Check check : checks) {
			predicates.add(compiler.predicate(this.rules.parse(check.rule(), check.id(),
					check.usesAmount() ? withAmount : withoutAmount)));
		}
		NamedQuery query = new NamedQuery(this.template.name(),
				this.template.text().replace(PLACEHOLDER, String.join(", ", predicates)));
		Map<String, Object> params = new HashMap<>(compiler.parameters());
		params.put("customerId", customerId);
		params.put("amount", amount);
		List<Record> rows = this.graph.query(query, params, r -> r);
		if (rows.isEmpty() || !"ACTIVE".equals(rows.get(0).get("status").asString(null))) {
			throw new NotFoundException("customerId", "no customer " + customerId);
		}
		List<Boolean> flags = rows.get(0).get("checks").asList(Value::asBoolean);
		Map<String, Boolean> matched = new HashMap<>();
		for (int i = 0; i < checks.size(); i++) {
			matched.put(checks.get(i).id(), flags.get(i));
		}
		return new Result(rows.get(0).get("customerId").asString(), matched);
	}

}
