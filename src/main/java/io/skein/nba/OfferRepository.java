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

/** The reads next-best offers make: the catalogue, everyone's holdings and personas, one customer's context. */
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

	/** What is known of a customer that co-holding rates are conditioned on. */
	record Facts(Set<String> held, List<String> segments, List<Map<String, Object>> attributes,
			List<String> datesOfBirth) {

		static Facts of(org.neo4j.driver.Record r, Set<String> held) {
			return new Facts(held, r.get("segments").asList(Value::asString), r.get("attributes").asList(Value::asMap),
					r.get("datesOfBirth").asList(Value::asString));
		}

	}

	/** Every active customer holding anything open, with their persona attributes' values. */
	List<Facts> holdings(List<String> personaAttributes) {
		return this.graph.query(this.holders, Map.of("attributes", personaAttributes),
				r -> Facts.of(r, Set.copyOf(r.get("codes").asList(Value::asString))));
	}

	/** A customer's resolved id, what is known of them, and recent interactions of the given types. */
	record Context(String customerId, Facts facts, List<Activity> recent) {

		Set<String> held() {
			return this.facts.held();
		}

	}

	/** The customer's context; null if unknown. */
	Context context(String customerId, Instant since, List<String> types, List<String> personaAttributes) {
		List<Context> rows = this.graph.query(this.context,
				Map.of("id", customerId, "since", since.atZone(ZoneOffset.UTC), "types", types, "attributes",
						personaAttributes),
				r -> new Context(r.get("customerId").asString(), Facts.of(r,
						r.get("holdings").asList(h -> h.get("productCode").asString()).stream().collect(Collectors.toSet())),
						r.get("recent").asList(Activity::of)));
		return rows.isEmpty() ? null : rows.get(0);
	}

}
