package io.skein.nba;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.skein.customer.AccountView.ProductView;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.purpose.Activity;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** The reads next-best offers make: the catalogue, everyone's holdings, one customer's context. */
@Repository
class OfferRepository {

	private final Graph graph;

	private final NamedQuery products;

	private final NamedQuery holders;

	private final NamedQuery context;

	OfferRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.products = queries.get("nba/products");
		this.holders = queries.get("nba/holders");
		this.context = queries.get("nba/context");
	}

	List<ProductView> products() {
		return this.graph.query(this.products, Map.of(), r -> new ProductView(r.get("code").asString(),
				r.get("name").asString(r.get("code").asString()), r.get("category").asString("OTHER")));
	}

	List<List<String>> holdings() {
		return this.graph.query(this.holders, Map.of(), r -> r.get("codes").asList(Value::asString));
	}

	/** A customer's resolved id, open products and recent interactions of the given types; null if unknown. */
	record Context(String customerId, Set<String> held, List<Activity> recent) {
	}

	Context context(String customerId, Instant since, List<String> types) {
		List<Context> rows = this.graph.query(this.context,
				Map.of("id", customerId, "since", since.atZone(ZoneOffset.UTC), "types", types),
				r -> new Context(r.get("customerId").asString(),
						r.get("holdings").asList(h -> h.get("productCode").asString()).stream().collect(Collectors.toSet()),
						r.get("recent").asList(Activity::of)));
		return rows.isEmpty() ? null : rows.get(0);
	}

}
