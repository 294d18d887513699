package io.skein.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A unit of work for stitching one batch of records or events inside one transaction. It reads who
 * holds the batch's identifiers once, keeps its own decisions as an overlay (a record attached, a profile
 * created, a customer absorbed) so later items of the batch see earlier ones, and writes attachments,
 * profiles and interactions in a few set-based statements at {@link #flush()}. A merge flushes first and
 * runs at once, since it moves what is already stored.
 */
public final class IdentityWorkspace implements StitchingState {

	private final Graph.Tx tx;

	private final IdentityQueries queries;

	private final Instant now;

	private final Map<String, List<Row>> rowsByKey = new HashMap<>();

	private final Map<String, CustomerInfo> customers = new HashMap<>();

	private final Map<String, Set<String>> nationalIds = new HashMap<>();

	private final Map<String, String> absorbedInto = new HashMap<>();

	private final List<Map<String, Object>> pendingAttachments = new ArrayList<>();

	private final List<Map<String, Object>> pendingProfiles = new ArrayList<>();

	private final List<Map<String, Object>> pendingInteractions = new ArrayList<>();

	private Boolean anyBan;

	private int created;

	IdentityWorkspace(Graph.Tx tx, IdentityQueries queries, Instant now) {
		this.tx = tx;
		this.queries = queries;
		this.now = now;
	}

	/** One holding of an identifier: through a record (recordId set) or through events (recordId null). */
	private record Row(String recordId, String customerId, PersonName name) {
	}

	private record CustomerInfo(Instant createdAt, boolean anonymous) {
	}

	public Instant now() {
		return this.now;
	}

	/** Reads, in one query, who holds any of these identifiers not read before. */
	public void prefetch(Collection<Identifier> identifiers) {
		List<String> keys = identifiers.stream().map(Identifier::key).distinct()
			.filter(k -> !this.rowsByKey.containsKey(k)).toList();
		if (keys.isEmpty()) {
			return;
		}
		keys.forEach(k -> this.rowsByKey.put(k, new ArrayList<>()));
		Set<String> seenCustomers = new LinkedHashSet<>();
		for (Record r : this.tx.run(this.queries.holders, Map.of("keys", keys))) {
			String customerId = r.get("customerId").asString();
			String recordId = r.get("recordId").asString(null);
			PersonName name = recordId == null ? null
					: PersonName.of(r.get("firstName").asString(null), r.get("lastName").asString(null));
			this.rowsByKey.get(r.get("key").asString()).add(new Row(recordId, customerId, name));
			this.customers.putIfAbsent(customerId,
					new CustomerInfo(instant(r.get("createdAt")), "ANONYMOUS".equals(r.get("kind").asString(null))));
			seenCustomers.add(customerId);
		}
		prefetchNationalIds(seenCustomers);
	}

	/** The customers holding an identifier, as of this batch's decisions so far; a record never holds for itself. */
	@Override
	public List<Holder> holders(Identifier identifier, String excludingRecordId) {
		prefetch(List.of(identifier));
		List<Holder> holders = new ArrayList<>();
		for (Row row : this.rowsByKey.get(identifier.key())) {
			if (row.recordId() != null && row.recordId().equals(excludingRecordId)) {
				continue;
			}
			String id = resolve(row.customerId());
			CustomerInfo info = this.customers.get(id);
			holders.add(new Holder(id, info == null ? null : info.createdAt(), info != null && info.anonymous(), row.name()));
		}
		return holders;
	}

	@Override
	public Set<String> nationalIds(String customerId) {
		String id = resolve(customerId);
		if (!this.nationalIds.containsKey(id)) {
			prefetchNationalIds(List.of(id));
		}
		return this.nationalIds.getOrDefault(id, Set.of());
	}

	/** Whether the store holds any ban; asked once per workspace (bans are made by stewards, never during ingest). */
	private boolean anyBan() {
		if (this.anyBan == null) {
			this.anyBan = this.tx.run(this.queries.anyBan, Map.of()).get(0).get("any").asBoolean();
		}
		return this.anyBan;
	}

	/** For each of the customers, the others among them a steward banned it from joining. */
	@Override
	public Map<String, Set<String>> bansAmong(Set<String> customerIds) {
		Map<String, Set<String>> bans = new HashMap<>();
		if (customerIds.size() < 2 || !anyBan()) {
			return bans;
		}
		for (Record row : this.tx.run(this.queries.bannedCustomers, Map.of("customerIds", List.copyOf(customerIds)))) {
			bans.computeIfAbsent(row.get("customerId").asString(), k -> new HashSet<>())
				.add(row.get("bannedWith").asString());
		}
		return bans;
	}

	/** Follows merges made in this batch; ids merged earlier are resolved by the store. */
	@Override
	public String resolve(String customerId) {
		String id = customerId;
		while (this.absorbedInto.containsKey(id)) {
			id = this.absorbedInto.get(id);
		}
		return id;
	}

	/** Active ids for ids that may have been merged away, in one query. */
	@Override
	public Map<String, String> resolveStored(Collection<String> ids) {
		Map<String, String> resolved = new HashMap<>();
		if (ids.isEmpty()) {
			return resolved;
		}
		this.tx.run(this.queries.resolve, Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
			.forEach(r -> resolved.put(r.get("requested").asString(), resolve(r.get("id").asString())));
		return resolved;
	}

	/** The customers of the named source records, in one query: key {@code source + '\u001f' + sourceId}. */
	@Override
	public Map<String, String> customersOfRecords(Collection<List<String>> sourceAndIds) {
		Map<String, String> found = new HashMap<>();
		if (sourceAndIds.isEmpty()) {
			return found;
		}
		List<Map<String, Object>> pairs = sourceAndIds.stream()
			.map(p -> Map.<String, Object>of("source", p.get(0), "sourceId", p.get(1)))
			.toList();
		this.tx.run(this.queries.customersOfRecords, Map.of("pairs", pairs))
			.forEach(r -> found.put(r.get("source").asString() + "\u001f" + r.get("sourceId").asString(),
					resolve(r.get("id").asString())));
		return found;
	}

	/** A new customer id is created here; its creation time orders it after every customer made before. */
	public Instant registerNewCustomer(String customerId, boolean anonymous) {
		Instant createdAt = this.now.plusNanos(1000L * this.created++);
		this.customers.put(customerId, new CustomerInfo(createdAt, anonymous));
		return createdAt;
	}

	/** A stored customer as a holder, following this batch's merges; remembers its creation time. */
	public Holder asHolder(String customerId, Instant createdAt, boolean anonymous) {
		this.customers.putIfAbsent(customerId, new CustomerInfo(createdAt, anonymous));
		String id = resolve(customerId);
		CustomerInfo info = this.customers.get(id);
		return new Holder(id, info == null ? createdAt : info.createdAt(), info != null && info.anonymous(), null);
	}

	@Override
	public boolean isKnownCustomer(String customerId) {
		return this.customers.containsKey(customerId);
	}

	/** Queues a record's attachment; the record's identifiers now count as held by that customer. */
	public void attachRecord(String recordId, String customerId, List<Identifier> identifiers, PersonName name,
			String reason) {
		CustomerInfo info = this.customers.get(customerId);
		Map<String, Object> row = new HashMap<>();
		row.put("recordId", recordId);
		row.put("customerId", customerId);
		row.put("createdAt", IdentityStitcher.at(info == null || info.createdAt() == null ? this.now : info.createdAt()));
		row.put("reason", reason);
		this.pendingAttachments.add(row);
		for (List<Row> rows : this.rowsByKey.values()) {
			rows.replaceAll(r -> recordId.equals(r.recordId()) ? new Row(recordId, customerId, r.name()) : r);
		}
		for (Identifier identifier : identifiers) {
			List<Row> rows = this.rowsByKey.computeIfAbsent(identifier.key(), k -> new ArrayList<>());
			if (rows.stream().noneMatch(r -> recordId.equals(r.recordId()))) {
				rows.add(new Row(recordId, customerId, name));
			}
			if (identifier.type() == IdentifierType.NATIONAL_ID) {
				this.nationalIds.computeIfAbsent(customerId, k -> new HashSet<>()).add(identifier.value());
			}
		}
		this.nationalIds.putIfAbsent(customerId, new HashSet<>());
	}

	@Override
	public void createAnonymousProfile(String customerId) {
		Instant createdAt = registerNewCustomer(customerId, true);
		this.pendingProfiles.add(Map.of("customerId", customerId, "createdAt", IdentityStitcher.at(createdAt)));
		this.nationalIds.putIfAbsent(customerId, new HashSet<>());
	}

	/** Queues an interaction; its identifiers now count as seen for the customer. */
	public void addInteraction(String customerId, String eventId, Map<String, Object> props,
			List<Identifier> identifiers) {
		this.pendingInteractions.add(Map.of("customerId", customerId, "eventId", eventId, "props", props,
				"identifiers", identifiers.stream().map(Identifier::asParameter).toList()));
		for (Identifier identifier : identifiers) {
			List<Row> rows = this.rowsByKey.computeIfAbsent(identifier.key(), k -> new ArrayList<>());
			if (rows.stream().noneMatch(r -> r.recordId() == null && resolve(r.customerId()).equals(customerId))) {
				rows.add(new Row(null, customerId, null));
			}
		}
	}

	/** Merges customers into a survivor now (after writing what is queued); returns the merge id. */
	@Override
	public String merge(String survivorId, List<String> absorbed, String reason, List<String> triggeredBy) {
		return mergeAll(List.of(new PlannedMerge(survivorId, absorbed)), reason, triggeredBy).get(0);
	}

	/** One survivor and the customers it absorbs. */
	public record PlannedMerge(String survivorId, List<String> absorbed) {
	}

	/**
	 * Merges each survivor's customers into it, in order, in one round trip (after writing what is queued); returns
	 * the merge ids in the same order. Refuses them all ({@link StaleCustomersException}: the caller's transaction
	 * rolls back) when any customer named is no longer active.
	 */
	public List<String> mergeAll(List<PlannedMerge> merges, String reason, List<String> triggeredBy) {
		flush();
		List<Map<String, Object>> rows = new ArrayList<>(merges.size());
		List<String> mergeIds = new ArrayList<>(merges.size());
		for (PlannedMerge merge : merges) {
			String mergeId = Ids.mergeFor(merge.survivorId(), merge.absorbed(), triggeredBy);
			mergeIds.add(mergeId);
			rows.add(Map.of("survivorId", merge.survivorId(), "absorbedIds", merge.absorbed(), "mergeId", mergeId,
					"triggeredBy", triggeredBy));
		}
		Map<String, Integer> absorbedBy = new HashMap<>();
		this.tx.run(this.queries.merge, Map.of("merges", rows, "reason", reason, "now", IdentityStitcher.at(this.now)))
			.forEach(r -> absorbedBy.put(r.get("mergeId").asString(), r.get("absorbed").asInt()));
		for (int i = 0; i < merges.size(); i++) {
			PlannedMerge merge = merges.get(i);
			if (absorbedBy.getOrDefault(mergeIds.get(i), 0) != new HashSet<>(merge.absorbed()).size()) {
				// a decision taken on a stale read (a customer merged away meanwhile): never records on a merged
				// customer nor two merge chains; the transaction rolls back
				throw new StaleCustomersException("cannot merge " + merge.absorbed() + " into " + merge.survivorId()
						+ ": they are not all active customers");
			}
			Set<String> survivorIds = this.nationalIds.computeIfAbsent(merge.survivorId(), k -> new HashSet<>());
			for (String id : merge.absorbed()) {
				this.absorbedInto.put(id, merge.survivorId());
				survivorIds.addAll(this.nationalIds.getOrDefault(id, Set.of()));
			}
		}
		return mergeIds;
	}

	/** Writes everything queued, in three set-based statements at most. */
	public void flush() {
		if (!this.pendingProfiles.isEmpty()) {
			this.tx.run(this.queries.createAnonymous, Map.of("rows", List.copyOf(this.pendingProfiles)));
			this.pendingProfiles.clear();
		}
		if (!this.pendingAttachments.isEmpty()) {
			refuseStale(this.tx.run(this.queries.attach, Map.of("rows", List.copyOf(this.pendingAttachments), "now",
					IdentityStitcher.at(this.now))));
			this.pendingAttachments.clear();
		}
		if (!this.pendingInteractions.isEmpty()) {
			refuseStale(this.tx.run(this.queries.createInteractions, Map.of("rows", List.copyOf(this.pendingInteractions))));
			this.pendingInteractions.clear();
		}
	}

	/**
	 * A customer this transaction read as active was merged away by a resolution that committed meanwhile:
	 * the write is retried from the start ({@link io.skein.graph.Graph#write} retries transient errors), and
	 * reads the survivor then.
	 */
	private static void refuseStale(List<Record> result) {
		List<String> stale = result.isEmpty() ? List.of() : result.get(0).get("stale").asList(Value::asString);
		if (!stale.isEmpty()) {
			throw new TransientException("Skein.StaleCustomer",
					"customers merged by a concurrent resolution after this write read them: " + stale);
		}
	}

	private void prefetchNationalIds(Collection<String> customerIds) {
		List<String> missing = customerIds.stream().filter(id -> !this.nationalIds.containsKey(id)).toList();
		if (missing.isEmpty()) {
			return;
		}
		missing.forEach(id -> this.nationalIds.put(id, new HashSet<>()));
		for (Record r : this.tx.run(this.queries.nationalIds, Map.of("customerIds", missing))) {
			this.nationalIds.get(r.get("customerId").asString()).addAll(r.get("nationalIds").asList(Value::asString));
		}
	}

	private static Instant instant(Value v) {
		return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
	}

}
