package io.skein.nba;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

/** The stand-in eligibility: a customer may be offered any product they do not already hold open. */
public class HoldingsEligibility implements ProductEligibility {

	private final Graph graph;

	private final NamedQuery held;

	public HoldingsEligibility(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.held = queries.get("nba/held-products");
	}

	@Override
	public boolean isEligible(String customerId, String productCode) {
		return !held(customerId).contains(productCode);
	}

	@Override
	public String reason(String customerId, String productCode) {
		return decide(customerId, List.of(productCode)).get(productCode).reason();
	}

	@Override
	public Map<String, Decision> decide(String customerId, Collection<String> productCodes) {
		Set<String> held = held(customerId);
		Map<String, Decision> decisions = new LinkedHashMap<>();
		for (String code : productCodes) {
			decisions.put(code, held.contains(code) ? new Decision(false, "already holds " + code)
					: new Decision(true, "does not hold " + code + " (holdings check only)"));
		}
		return decisions;
	}

	private Set<String> held(String customerId) {
		return Set.copyOf(this.graph.query(this.held, Map.of("id", customerId), r -> r.get("codes"))
			.stream()
			.flatMap(v -> v.asList(Value::asString).stream())
			.toList());
	}

}
