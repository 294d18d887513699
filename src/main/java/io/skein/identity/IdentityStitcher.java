package io.skein.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Applies {@link StitchPlanner}'s decisions to the graph inside the caller's transaction: reads who
 * holds a record's identifiers, attaches the record to its customer (creating one when new) and merges
 * the customers it bridges. Also resolves which customer an event belongs to.
 */
@Component
public class IdentityStitcher {

	private final StitchPlanner planner;

	private final NamedQuery candidates;

	private final NamedQuery nationalIds;

	private final NamedQuery attach;

	private final NamedQuery merge;

	private final NamedQuery eventHolders;

	private final NamedQuery resolve;

	private final NamedQuery bannedCustomers;

	public IdentityStitcher(CypherQueries queries, StitchingProperties properties, IdentifierNormaliser normaliser) {
		this.planner = new StitchPlanner(properties, normaliser);
		this.candidates = queries.get("identity/stitch-candidates");
		this.nationalIds = queries.get("identity/national-ids");
		this.attach = queries.get("identity/attach-record");
		this.merge = queries.get("identity/merge-customers");
		this.eventHolders = queries.get("identity/event-holders");
		this.resolve = queries.get("identity/resolve-customer");
		this.bannedCustomers = queries.get("identity/banned-customers");
	}

	/** The customer a record now belongs to, and what stitching had to say. */
	public record Outcome(String customerId, List<String> warnings) {
	}

	/**
	 * Stitches a stored source record: attaches it to the customer its identifiers point at, merging the
	 * customers it bridges, or to a new customer whose id derives from the record.
	 */
	public Outcome stitchRecord(Graph.Tx tx, String recordId, Holder current, List<Identifier> identifiers,
			PersonName name, Instant now) {
		List<String> keys = identifiers.stream().map(Identifier::key).toList();
		Map<String, List<Holder>> holders = new HashMap<>();
		for (Record row : tx.run(this.candidates, Map.of("keys", keys, "recordId", recordId))) {
			List<Holder> list = new ArrayList<>();
			row.get("viaRecords").asList(v -> v).forEach(v -> addHolder(list, v, true));
			row.get("viaEvents").asList(v -> v).forEach(v -> addHolder(list, v, false));
			holders.put(row.get("key").asString(), list);
		}
		Map<String, Set<String>> nationalIds = nationalIdsOf(tx, current, holders);
		StitchPlan plan = this.planner.plan(current, identifiers, name, holders, nationalIds,
				bansAmong(tx, nationalIds.keySet()));
		String customerId = plan.customerId() != null ? plan.customerId() : Ids.customerFor(recordId);
		tx.run(this.attach, Map.of("recordId", recordId, "customerId", customerId, "now", at(now), "reason",
				plan.customerId() == null ? "new customer" : "stitched"));
		if (!plan.absorbed().isEmpty()) {
			mergeInto(tx, customerId, plan.absorbed(), "record " + recordId + " bridges them", List.of(recordId), now);
		}
		return new Outcome(customerId, plan.warnings());
	}

	/** Merges customers into a survivor and records why; returns the merge id. */
	public String mergeInto(Graph.Tx tx, String survivorId, List<String> absorbed, String reason,
			List<String> triggeredBy, Instant now) {
		String mergeId = Ids.mergeFor(survivorId, absorbed, triggeredBy);
		tx.run(this.merge, Map.of("survivorId", survivorId, "absorbedIds", absorbed, "mergeId", mergeId, "reason",
				reason, "triggeredBy", triggeredBy, "now", at(now)));
		return mergeId;
	}

	/** Active customers holding each of the given identifier keys (via records or events), survivor first. */
	public Map<String, List<Holder>> holdersOf(Graph.Tx tx, List<Identifier> identifiers) {
		Map<String, List<Holder>> holders = new HashMap<>();
		List<String> keys = identifiers.stream().map(Identifier::key).toList();
		for (Record row : tx.run(this.eventHolders, Map.of("keys", keys))) {
			List<Holder> list = new ArrayList<>();
			row.get("viaRecords").asList(v -> v).forEach(v -> addHolder(list, v, false));
			row.get("viaEvents").asList(v -> v).forEach(v -> addHolder(list, v, false));
			holders.put(row.get("key").asString(), list);
		}
		return holders;
	}

	/** Follows merges: the active id for each requested id that exists. */
	public Map<String, String> resolve(Graph.Tx tx, List<String> ids) {
		Map<String, String> resolved = new HashMap<>();
		tx.run(this.resolve, Map.of("ids", ids))
			.forEach(r -> resolved.put(r.get("requested").asString(), r.get("id").asString()));
		return resolved;
	}

	private Map<String, Set<String>> nationalIdsOf(Graph.Tx tx, Holder current, Map<String, List<Holder>> holders) {
		Set<String> customerIds = new LinkedHashSet<>();
		if (current != null) {
			customerIds.add(current.customerId());
		}
		holders.values().forEach(list -> list.forEach(h -> customerIds.add(h.customerId())));
		Map<String, Set<String>> result = new HashMap<>();
		if (customerIds.isEmpty()) {
			return result;
		}
		for (Record row : tx.run(this.nationalIds, Map.of("customerIds", List.copyOf(customerIds)))) {
			result.put(row.get("customerId").asString(), new HashSet<>(row.get("nationalIds").asList(Value::asString)));
		}
		return result;
	}

	/** For each of the customers, the others among them a steward banned it from joining. */
	private Map<String, Set<String>> bansAmong(Graph.Tx tx, Set<String> customerIds) {
		Map<String, Set<String>> bans = new HashMap<>();
		if (customerIds.size() < 2) {
			return bans;
		}
		for (Record row : tx.run(this.bannedCustomers, Map.of("customerIds", List.copyOf(customerIds)))) {
			bans.computeIfAbsent(row.get("customerId").asString(), k -> new HashSet<>())
				.add(row.get("bannedWith").asString());
		}
		return bans;
	}

	private static void addHolder(List<Holder> list, Value v, boolean withName) {
		if (v.get("customerId").isNull()) {
			return;
		}
		PersonName name = withName ? PersonName.of(string(v, "firstName"), string(v, "lastName")) : null;
		list.add(new Holder(v.get("customerId").asString(), instant(v.get("createdAt")),
				"ANONYMOUS".equals(string(v, "kind")), name));
	}

	private static String string(Value v, String key) {
		Value field = v.get(key);
		return field == null || field.isNull() ? null : field.asString();
	}

	static Instant instant(Value v) {
		return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
	}

	public static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
