package io.skein.household;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.customer.CustomerView;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.PersonName;
import io.skein.identity.StitchingProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Keeps {@code (:Household)} nodes in step with the customers: recomputes the households around changed
 * customers (following shared values outwards until the groups close), or all of them, and reads them for
 * the API.
 */
@Service
public class Households {

	/** Rounds of following shared values outwards from the changed customers. */
	private static final int MAX_ROUNDS = 8;

	/** Customers recomputed per round trip in a full recomputation. */
	private static final int CHUNK = 500;

	private final Graph graph;

	private final IdentifierNormaliser normaliser;

	private final HouseholdPlanner planner;

	private final int maxRecords;

	private final NamedQuery sharedIdentifiers;

	private final NamedQuery sharedAddresses;

	private final NamedQuery memberships;

	private final NamedQuery replace;

	private final NamedQuery seeds;

	private final NamedQuery ofCustomers;

	private final NamedQuery byId;

	public Households(Graph graph, CypherQueries queries, StitchingProperties stitching, IdentifierNormaliser normaliser) {
		this.graph = graph;
		this.normaliser = normaliser;
		this.planner = new HouseholdPlanner(stitching.maxCustomersPerIdentifier());
		// A value on more records than this cannot be held by few enough customers to matter, bar outliers.
		this.maxRecords = stitching.maxCustomersPerIdentifier() * 20;
		this.sharedIdentifiers = queries.get("household/shared-identifiers");
		this.sharedAddresses = queries.get("household/shared-addresses");
		this.memberships = queries.get("household/memberships");
		this.replace = queries.get("household/replace");
		this.seeds = queries.get("household/seeds");
		this.ofCustomers = queries.get("household/of-customers");
		this.byId = queries.get("household/by-id");
	}

	/** Recomputes the households of these customers and of everyone they share a value with; returns how many. */
	public synchronized int recompute(Collection<String> customerIds) {
		if (customerIds.isEmpty()) {
			return 0;
		}
		return this.graph.write(tx -> recompute(tx, customerIds));
	}

	/**
	 * As {@link #recompute(Collection)}, inside a write transaction of the caller's (derived-state upkeep's one
	 * transaction per slice); the caller holds this instance's monitor, taken before its transaction began.
	 */
	public int recompute(Graph.Tx tx, Collection<String> customerIds) {
		if (customerIds.isEmpty()) {
			return 0;
		}
		Set<String> explored = new LinkedHashSet<>(customerIds);
		Set<String> staleIds = new LinkedHashSet<>();
		Map<String, HouseholdPlanner.Signal> signals = new LinkedHashMap<>();
		List<String> frontier = List.copyOf(customerIds);
		for (int round = 0; round < MAX_ROUNDS && !frontier.isEmpty(); round++) {
			Set<String> found = new LinkedHashSet<>();
			for (Record row : tx.query(this.memberships, Map.of("customerIds", frontier), r -> r)) {
				staleIds.add(row.get("householdId").asString());
				found.addAll(row.get("memberIds").asList(Value::asString));
			}
			for (HouseholdPlanner.Signal signal : signals(tx, frontier)) {
				if (signals.putIfAbsent(signal.key(), signal) == null) {
					found.addAll(this.planner.linked(signal, null));
				}
			}
			found.removeAll(explored);
			explored.addAll(found);
			frontier = List.copyOf(found);
		}
		List<HouseholdPlanner.Planned> planned = this.planner.plan(explored, signals.values());
		if (planned.isEmpty() && staleIds.isEmpty()) {
			return 0;
		}
		Set<String> touched = new LinkedHashSet<>(explored);
		planned.forEach(p -> touched.addAll(p.memberIds()));
		List<Map<String, Object>> rows = new ArrayList<>();
		planned.forEach(p -> rows.add(Map.of("id", p.id(), "memberIds", p.memberIds(), "identifierKeys",
				p.identifierKeys(), "addresses", p.addresses())));
		tx.run(this.replace, Map.of("customerIds", List.copyOf(touched), "households", rows, "staleIds",
				List.copyOf(staleIds), "now", ZonedDateTime.now()));
		return planned.size();
	}

	/** Recomputes every household (after a resolution run); returns how many customers were revisited. */
	public int recomputeAll() {
		List<String> ids = this.graph.query(this.seeds, Map.of(), r -> r.get("id").asString());
		for (int i = 0; i < ids.size(); i += CHUNK) {
			recompute(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
		}
		return ids.size();
	}

	private List<HouseholdPlanner.Signal> signals(Graph.Tx tx, List<String> customerIds) {
		Map<String, Object> params = Map.of("customerIds", customerIds, "maxRecords", this.maxRecords);
		List<HouseholdPlanner.Signal> signals = new ArrayList<>();
		for (Record row : tx.query(this.sharedIdentifiers, params, r -> r)) {
			Identifier identifier = new Identifier(IdentifierType.valueOf(row.get("type").asString()),
					row.get("value").asString());
			if (!this.normaliser.isBlocklisted(identifier)) {
				signals.add(new HouseholdPlanner.Signal(row.get("key").asString(), row.get("key").asString(), null,
						row.get("holders").asList(Households::holding)));
			}
		}
		for (Record row : tx.query(this.sharedAddresses, params, r -> r)) {
			String postcode = row.get("postcode").asString();
			Map<String, List<HouseholdPlanner.Holding>> byLine = new HashMap<>();
			Map<String, String> shown = new HashMap<>();
			for (Value holder : row.get("holders").asList(v -> v)) {
				String line = holder.get("line1").asString();
				String key = "address:" + HouseholdPlanner.fold(line) + "|" + HouseholdPlanner.fold(postcode);
				byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(holding(holder));
				shown.putIfAbsent(key, line + ", " + postcode);
			}
			byLine.forEach((key, holders) -> signals.add(new HouseholdPlanner.Signal(key, null, shown.get(key), holders)));
		}
		return signals;
	}

	private static HouseholdPlanner.Holding holding(Value holder) {
		return new HouseholdPlanner.Holding(holder.get("customerId").asString(),
				PersonName.of(holder.get("firstName").asString(null), null), holder.get("dateOfBirth").asString(null));
	}

	/** The household of each customer, null where it has none, in the customers' order: one round trip. */
	public List<HouseholdView> ofCustomers(List<String> customerIds) {
		Map<String, HouseholdView> byCustomer = new HashMap<>();
		for (Record row : this.graph.query(this.ofCustomers, Map.of("customerIds", customerIds), r -> r)) {
			byCustomer.put(row.get("customerId").asString(), view(row));
		}
		List<HouseholdView> views = new ArrayList<>(customerIds.size());
		customerIds.forEach(id -> views.add(byCustomer.get(id)));
		return views;
	}

	/** A household by id, or null. */
	public HouseholdView byId(String id) {
		List<String> first = this.graph.query(this.byId, Map.of("id", id), r -> r.get("customerId").asString());
		return first.isEmpty() ? null : ofCustomers(first).get(0);
	}

	private static HouseholdView view(Record row) {
		List<CustomerView> members = row.get("members")
			.asList(m -> new CustomerView(m.get("id").asString(), m.get("kind").asString(null),
					m.get("createdAt").isNull() ? null : m.get("createdAt").asZonedDateTime()));
		List<SharedIdentifier> shared = new ArrayList<>();
		row.get("identifiers").asList(v -> v).stream()
			.filter(v -> !v.get("type").isNull())
			.forEach(v -> shared.add(new SharedIdentifier(v.get("type").asString(), v.get("value").asString())));
		row.get("addresses").asList(Value::asString).forEach(a -> shared.add(new SharedIdentifier("ADDRESS", a)));
		return new HouseholdView(row.get("id").asString(), members, shared);
	}

}
