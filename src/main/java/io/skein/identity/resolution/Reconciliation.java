package io.skein.identity.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns clusters of records into the customer changes that make the graph show them, keeping ids
 * stable. Pure: no store.
 * <ul>
 * <li>A customer whose records fall into several clusters is split: its largest part keeps the id (ties:
 * the part holding the customer's first-seen record, then the smallest record id); every other part
 * moves.</li>
 * <li>A cluster's customer is the oldest (then smallest id) of the customers whose kept part it holds;
 * the others merge into it and moved parts join it. A cluster holding no kept part gets a new
 * customer.</li>
 * </ul>
 */
final class Reconciliation {

	private Reconciliation() {
	}

	/** Records that move from one customer to the cluster's customer. */
	record Move(String fromCustomer, List<String> recordIds) {
	}

	/**
	 * What to do for one cluster: its customer ({@code null}: a new one), the customers merging into it,
	 * and the parts of other customers moving to it.
	 */
	record ClusterChange(List<String> clusterRecords, String survivor, List<String> absorbed, List<Move> moves) {
	}

	/** The customer a record belongs to, and when the record was first seen. */
	record Owner(String customerId, Instant createdAt, Instant recordFirstSeen) {
	}

	static List<ClusterChange> plan(List<List<String>> clusters, Map<String, Owner> ownerOfRecord) {
		Map<String, Integer> clusterOf = new HashMap<>();
		for (int k = 0; k < clusters.size(); k++) {
			for (String id : clusters.get(k)) {
				clusterOf.put(id, k);
			}
		}
		Map<String, Owner> customers = new HashMap<>();
		Map<String, TreeMap<Integer, List<String>>> partsOf = new HashMap<>();
		for (Map.Entry<String, Owner> e : new TreeMap<>(ownerOfRecord).entrySet()) {
			Integer cluster = clusterOf.get(e.getKey());
			if (cluster == null || e.getValue() == null || e.getValue().customerId() == null) {
				continue;
			}
			customers.putIfAbsent(e.getValue().customerId(), e.getValue());
			partsOf.computeIfAbsent(e.getValue().customerId(), c -> new TreeMap<>())
				.computeIfAbsent(cluster, k -> new ArrayList<>())
				.add(e.getKey());
		}
		Map<String, Integer> keptCluster = new HashMap<>();
		partsOf.forEach((customer, parts) -> keptCluster.put(customer, parts.entrySet()
			.stream()
			.min(Comparator.comparing((Map.Entry<Integer, List<String>> p) -> -p.getValue().size())
				.thenComparing(p -> firstSeen(p.getValue(), ownerOfRecord), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(p -> p.getValue().get(0)))
			.orElseThrow()
			.getKey()));
		Map<Integer, Map<String, List<String>>> partsByCluster = new TreeMap<>();
		partsOf.forEach((customer, parts) -> parts
			.forEach((cluster, records) -> partsByCluster.computeIfAbsent(cluster, k -> new TreeMap<>()).put(customer, records)));
		List<ClusterChange> changes = new ArrayList<>();
		for (Map.Entry<Integer, Map<String, List<String>>> entry : partsByCluster.entrySet()) {
			int cluster = entry.getKey();
			Map<String, List<String>> parts = entry.getValue();
			List<Owner> owners = new ArrayList<>();
			List<Move> moves = new ArrayList<>();
			for (Map.Entry<String, List<String>> part : parts.entrySet()) {
				if (keptCluster.get(part.getKey()) == cluster) {
					owners.add(customers.get(part.getKey()));
				}
				else {
					moves.add(new Move(part.getKey(), List.copyOf(part.getValue())));
				}
			}
			owners.sort(Comparator.comparing(Owner::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Owner::customerId));
			if (owners.size() == 1 && moves.isEmpty()) {
				continue;
			}
			String survivor = owners.isEmpty() ? null : owners.get(0).customerId();
			List<String> absorbed = owners.stream().skip(1).map(Owner::customerId).toList();
			changes.add(new ClusterChange(clusters.get(cluster), survivor, absorbed, moves));
		}
		return changes;
	}

	private static Instant firstSeen(List<String> records, Map<String, Owner> owners) {
		return records.stream()
			.map(id -> owners.get(id).recordFirstSeen())
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/** Customers that lose records to another cluster, with how many parts they had. */
	static Map<String, Integer> splitCustomers(List<ClusterChange> changes) {
		Map<String, Integer> split = new LinkedHashMap<>();
		changes.forEach(c -> c.moves().forEach(m -> split.merge(m.fromCustomer(), 1, Integer::sum)));
		return split;
	}

}
