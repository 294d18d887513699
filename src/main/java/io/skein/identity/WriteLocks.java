package io.skein.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * Write locks in the store, taken inside the caller's transaction and held until it ends: what makes identity
 * writes correct with several Skein instances on one database (no in-process lock is involved). Each kind
 * is locked in a fixed order (identifier keys, customer ids and record keys sorted), so two transactions
 * locking the same nodes queue rather than deadlock; a deadlock between kinds is detected by Neo4j and
 * the transaction retried ({@link Graph#write}).
 */
@Component
public class WriteLocks {

	private final NamedQuery identifiers;

	private final NamedQuery customers;

	private final NamedQuery records;

	private final IdentityQueries identity;

	WriteLocks(CypherQueries queries, IdentityQueries identity) {
		this.identity = identity;
		this.identifiers = queries.get("identity/lock-identifiers");
		this.customers = queries.get("identity/lock-customers");
		this.records = queries.get("ingest/lock-records");
	}

	/** Locks (creating when new) the identifiers, before who holds them is read. */
	public void identifiers(Graph.Tx tx, Collection<Identifier> identifiers) {
		Map<String, Identifier> byKey = new TreeMap<>();
		identifiers.forEach(i -> byKey.putIfAbsent(i.key(), i));
		if (!byKey.isEmpty()) {
			tx.run(this.identifiers, Map.of("identifiers", byKey.values().stream().map(Identifier::asParameter).toList()));
		}
	}

	/**
	 * Locks the stored source records named by (source, sourceId) and returns each one found as read under its
	 * lock ({@code ingest/lock-records}: hash, first sighting, customer, the values an update may keep).
	 */
	public List<org.neo4j.driver.Record> records(Graph.Tx tx, Collection<Map<String, Object>> sourceAndIds) {
		List<Map<String, Object>> keys = new ArrayList<>(sourceAndIds);
		keys.sort(Comparator.comparing((Map<String, Object> k) -> (String) k.get("source"))
			.thenComparing(k -> (String) k.get("sourceId")));
		return keys.isEmpty() ? List.of() : tx.run(this.records, Map.of("keys", keys));
	}

	/** A customer as read under its lock: its status and its source records. */
	public record Locked(String status, List<String> records) {
	}

	/** Locks the customers; returns each one found, read under the lock. */
	public Map<String, Locked> customers(Graph.Tx tx, Collection<String> customerIds) {
		Map<String, Locked> locked = new LinkedHashMap<>();
		List<String> ids = List.copyOf(new TreeSet<>(customerIds));
		if (!ids.isEmpty()) {
			tx.run(this.customers, Map.of("ids", ids))
				.forEach(r -> locked.put(r.get("id").asString(), new Locked(r.get("status").asString(null),
						r.get("records").asList(org.neo4j.driver.Value::asString))));
		}
		return locked;
	}

	/**
	 * Locks the active customers the ids resolve to (following merges) and returns that resolution, read
	 * again under the locks until it holds still: a customer merged away between the read and the lock is
	 * followed to its survivor, which is locked too. Ids not found are absent.
	 */
	public Map<String, String> activeCustomers(Graph.Tx tx, Collection<String> ids) {
		List<String> asked = List.copyOf(new java.util.LinkedHashSet<>(ids));
		Map<String, String> resolved = resolve(tx, asked);
		while (true) {
			customers(tx, resolved.values());
			Map<String, String> again = resolve(tx, asked);
			if (again.equals(resolved)) {
				return again;
			}
			resolved = again;
		}
	}

	private Map<String, String> resolve(Graph.Tx tx, List<String> ids) {
		Map<String, String> resolved = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			tx.run(this.identity.resolve, Map.of("ids", ids))
				.forEach(r -> resolved.put(r.get("requested").asString(), r.get("id").asString()));
		}
		return resolved;
	}

}
