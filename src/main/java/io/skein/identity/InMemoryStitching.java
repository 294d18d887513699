package io.skein.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic stitching without the store, for a bootstrap load into an empty store: the same
 * {@link StitchPlanner} decisions {@link IdentityStitcher} takes through an {@link IdentityWorkspace}, over
 * state kept in memory (who holds each identifier, each customer's national ids, merges), so that writing
 * the result gives the graph the transactional path would have built record by record. Records are
 * stitched in input order, in the chunks the transactional path would have written them in: one
 * {@link Chunk} per transaction there, sharing its {@code now}. Single-threaded.
 */
public final class InMemoryStitching {

	private final StitchPlanner planner;

	private final Map<String, List<Row>> rowsByKey = new HashMap<>();

	private final Map<String, String> absorbedInto = new HashMap<>();

	private final Map<String, Customer> customers = new LinkedHashMap<>();

	private final Map<String, Set<String>> nationalIds = new HashMap<>();

	private final Map<String, Attachment> attachments = new LinkedHashMap<>();

	private final Map<String, List<String>> recordsOf = new HashMap<>();

	private final List<MergeDone> merges = new ArrayList<>();

	/** Per identifier key, the customers it was seen for through events (moved by merges), in first-sighting order. */
	private final Map<String, Map<String, Seen>> seenFor = new HashMap<>();

	/** Per customer, the identifier keys seen for it (so a merge moves its edges without a scan). */
	private final Map<String, Set<String>> seenKeysOf = new HashMap<>();

	/** Each event's customer as attributed (followed through later merges when written). */
	private final Map<String, String> interactions = new LinkedHashMap<>();

	public InMemoryStitching(StitchingProperties properties, IdentifierNormaliser normaliser) {
		this.planner = new StitchPlanner(properties, normaliser);
	}

	private record Row(String recordId, String customerId, PersonName name) {
	}

	/**
	 * A customer as it ends up: when it was created and last updated, when it was merged away (or null), and
	 * whether it is an anonymous profile (made for a cookie or device by an event).
	 */
	public record Customer(String id, Instant createdAt, Instant updatedAt, Instant mergedAt, int changeSeq,
			boolean anonymous) {

		Customer touched(Instant at) {
			return new Customer(this.id, this.createdAt, at, this.mergedAt, this.changeSeq, this.anonymous);
		}

	}

	/** An identifier's {@code SEEN_FOR} edge to a customer: first and last sighting, and the event that made it. */
	public record Seen(Instant firstSeen, Instant lastSeen, String assertedBy) {

		Seen sighted(Instant at) {
			return new Seen(at.isBefore(this.firstSeen) ? at : this.firstSeen, at.isAfter(this.lastSeen) ? at : this.lastSeen,
					this.assertedBy);
		}

	}

	/** A record's customer edge as it ends up: the customer, when it was made and why. */
	public record Attachment(String customerId, Instant at, String reason) {
	}

	/** A merge stitching made: the {@code Merge} node's fields and the survivor's change sequence after it. */
	public record MergeDone(String mergeId, Instant at, String reason, String survivorId, List<String> absorbedIds,
			List<String> triggeredBy, int survivorSeq) {
	}

	/** The records of one transaction of the ordinary path: they share its {@code now}. */
	public Chunk chunk(Instant now) {
		return new Chunk(now);
	}

	/** Follows merges to the active customer. */
	public String resolve(String customerId) {
		String id = customerId;
		while (this.absorbedInto.containsKey(id)) {
			id = this.absorbedInto.get(id);
		}
		return id;
	}

	/** Every customer, in the order they were created. */
	public List<Customer> customers() {
		return List.copyOf(this.customers.values());
	}

	/** Every record's customer edge, in the order the records were stitched. */
	public Map<String, Attachment> attachments() {
		return java.util.Collections.unmodifiableMap(this.attachments);
	}

	/** The merges, in the order they were made. */
	public List<MergeDone> merges() {
		return List.copyOf(this.merges);
	}

	/** Each event attributed, with the customer it ends on (merges followed), in the order they were attributed. */
	public Map<String, String> interactions() {
		Map<String, String> resolved = new LinkedHashMap<>();
		this.interactions.forEach((eventId, customerId) -> resolved.put(eventId, resolve(customerId)));
		return resolved;
	}

	/** Every {@code SEEN_FOR} edge as it ends up: identifier key, then customer. */
	public Map<String, Map<String, Seen>> seenFor() {
		return java.util.Collections.unmodifiableMap(this.seenFor);
	}

	/** The events of one transaction of the ordinary path, attributed over the memory state: they share its {@code now}. */
	public Events events(Instant now) {
		return new Events(now);
	}

	/** The customers holding an identifier through records, followed to their survivors; a record never holds for itself. */
	private List<Holder> recordHolders(Identifier identifier, String excludingRecordId) {
		List<Holder> holders = new ArrayList<>();
		for (Row row : this.rowsByKey.getOrDefault(identifier.key(), List.of())) {
			if (!row.recordId().equals(excludingRecordId)) {
				holders.add(holder(row.customerId(), row.name()));
			}
		}
		return holders;
	}

	/** A customer as a holder: followed to its survivor, with the survivor's creation time and kind. */
	private Holder holder(String customerId, PersonName name) {
		Customer c = this.customers.get(resolve(customerId));
		return new Holder(c.id(), c.createdAt(), c.anonymous(), name);
	}

	/**
	 * As {@code identity/merge-customers}: the absorbed customers' records move to the survivor, and so do
	 * their identifiers' {@code SEEN_FOR} edges, kept as they were unless the survivor has one from that
	 * identifier already ({@code MERGE ... ON CREATE SET ne = properties(e)}); their interactions follow
	 * {@link #resolve}.
	 */
	private String merge(Instant now, String survivorId, List<String> absorbed, String reason, List<String> triggeredBy) {
		String mergeId = Ids.mergeFor(survivorId, absorbed, triggeredBy);
		Set<String> survivorIds = this.nationalIds.computeIfAbsent(survivorId, k -> new HashSet<>());
		List<String> survivorRecords = this.recordsOf.computeIfAbsent(survivorId, k -> new ArrayList<>());
		for (String id : absorbed) {
			for (String recordId : this.recordsOf.getOrDefault(id, List.of())) {
				this.attachments.put(recordId, new Attachment(survivorId, now, "merge " + mergeId));
				survivorRecords.add(recordId);
			}
			this.recordsOf.remove(id);
			for (String key : this.seenKeysOf.getOrDefault(id, Set.of())) {
				Map<String, Seen> seen = this.seenFor.get(key);
				Seen moved = seen.remove(id);
				if (seen.putIfAbsent(survivorId, moved) == null) {
					this.seenKeysOf.computeIfAbsent(survivorId, k -> new LinkedHashSet<>()).add(key);
				}
			}
			this.seenKeysOf.remove(id);
			this.customers.computeIfPresent(id,
					(k, c) -> new Customer(c.id(), c.createdAt(), now, now, c.changeSeq(), c.anonymous()));
			this.absorbedInto.put(id, survivorId);
			survivorIds.addAll(this.nationalIds.getOrDefault(id, Set.of()));
		}
		Customer survivor = this.customers.get(survivorId);
		int seq = survivor.changeSeq() + 1;
		this.customers.put(survivorId, new Customer(survivorId, survivor.createdAt(), now, null, seq, survivor.anonymous()));
		this.merges.add(new MergeDone(mergeId, now, reason, survivorId, List.copyOf(absorbed), List.copyOf(triggeredBy), seq));
		return mergeId;
	}

	/** One transaction's worth of records, stitched in order. */
	public final class Chunk {

		private final Instant now;

		private int created;

		private Chunk(Instant now) {
			this.now = now;
		}

		/**
		 * Stitches a record new to the store, as {@link IdentityStitcher#stitchRecord} does for a record with
		 * no stored customer: to the customers holding its identifiers (merging those it bridges) or to a new one.
		 */
		public IdentityStitcher.Outcome stitch(String recordId, List<Identifier> identifiers, PersonName name) {
			Map<String, List<Holder>> holders = new HashMap<>();
			Set<String> involved = new LinkedHashSet<>();
			for (Identifier identifier : identifiers) {
				List<Holder> list = recordHolders(identifier, recordId);
				holders.put(identifier.key(), list);
				list.forEach(h -> involved.add(h.customerId()));
			}
			Map<String, Set<String>> held = new HashMap<>();
			involved.forEach(id -> held.put(id, InMemoryStitching.this.nationalIds.getOrDefault(id, Set.of())));
			StitchPlan plan = InMemoryStitching.this.planner.plan(null, identifiers, name, holders, held, Map.of());
			String customerId = plan.customerId();
			if (customerId == null) {
				customerId = Ids.customerFor(recordId);
				if (!InMemoryStitching.this.customers.containsKey(customerId)) {
					Instant createdAt = this.now.plusNanos(1000L * this.created++);
					InMemoryStitching.this.customers.put(customerId, new Customer(customerId, createdAt, createdAt, null, 1, false));
				}
			}
			attach(recordId, customerId, identifiers, name, plan.customerId() == null ? "new customer" : "stitched");
			if (!plan.absorbed().isEmpty()) {
				merge(this.now, customerId, plan.absorbed(), "record " + recordId + " bridges them", List.of(recordId));
			}
			return new IdentityStitcher.Outcome(customerId, plan.warnings());
		}

		private void attach(String recordId, String customerId, List<Identifier> identifiers, PersonName name,
				String reason) {
			InMemoryStitching.this.attachments.put(recordId, new Attachment(customerId, this.now, reason));
			InMemoryStitching.this.recordsOf.computeIfAbsent(customerId, k -> new ArrayList<>()).add(recordId);
			InMemoryStitching.this.customers.computeIfPresent(customerId, (k, c) -> c.touched(this.now));
			Set<String> ids = InMemoryStitching.this.nationalIds.computeIfAbsent(customerId, k -> new HashSet<>());
			for (Identifier identifier : identifiers) {
				InMemoryStitching.this.rowsByKey.computeIfAbsent(identifier.key(), k -> new ArrayList<>())
					.add(new Row(recordId, customerId, name));
				if (identifier.type() == IdentifierType.NATIONAL_ID) {
					ids.add(identifier.value());
				}
			}
		}

	}

	/**
	 * One transaction's worth of events, attributed in order by {@link EventAttribution} over the memory
	 * state as it would be over the store through an {@link IdentityWorkspace}: holders through records and
	 * through earlier events ({@code SEEN_FOR}), anonymous profiles created, merges made.
	 */
	public final class Events implements StitchingState {

		private final Instant now;

		private int created;

		private Events(Instant now) {
			this.now = now;
		}

		@Override
		public List<Holder> holders(Identifier identifier, String excludingRecordId) {
			List<Holder> holders = recordHolders(identifier, excludingRecordId);
			for (String customerId : InMemoryStitching.this.seenFor.getOrDefault(identifier.key(), Map.of()).keySet()) {
				holders.add(holder(customerId, null));
			}
			return holders;
		}

		@Override
		public Set<String> nationalIds(String customerId) {
			return InMemoryStitching.this.nationalIds.getOrDefault(resolve(customerId), Set.of());
		}

		/** None: an empty store holds no ban, and a load makes none (stewards do). */
		@Override
		public Map<String, Set<String>> bansAmong(Set<String> customerIds) {
			return new HashMap<>();
		}

		@Override
		public String resolve(String customerId) {
			return InMemoryStitching.this.resolve(customerId);
		}

		@Override
		public Map<String, String> resolveStored(java.util.Collection<String> ids) {
			Map<String, String> resolved = new HashMap<>();
			ids.stream().filter(InMemoryStitching.this.customers::containsKey).forEach(id -> resolved.put(id, resolve(id)));
			return resolved;
		}

		@Override
		public Map<String, String> customersOfRecords(java.util.Collection<List<String>> sourceAndIds) {
			Map<String, String> found = new HashMap<>();
			for (List<String> pair : sourceAndIds) {
				Attachment a = InMemoryStitching.this.attachments.get(Ids.sourceRecord(pair.get(0), pair.get(1)));
				if (a != null) {
					found.put(pair.get(0) + "\u001f" + pair.get(1), resolve(a.customerId()));
				}
			}
			return found;
		}

		@Override
		public boolean isKnownCustomer(String customerId) {
			return InMemoryStitching.this.customers.containsKey(customerId);
		}

		@Override
		public void createAnonymousProfile(String customerId) {
			Instant createdAt = this.now.plusNanos(1000L * this.created++);
			InMemoryStitching.this.customers.put(customerId, new Customer(customerId, createdAt, createdAt, null, 1, true));
			InMemoryStitching.this.nationalIds.putIfAbsent(customerId, new HashSet<>());
		}

		@Override
		public String merge(String survivorId, List<String> absorbed, String reason, List<String> triggeredBy) {
			return InMemoryStitching.this.merge(this.now, survivorId, absorbed, reason, triggeredBy);
		}

		/**
		 * As {@code ingest/create-interactions}: the event is the customer's (wherever merges take it), and each
		 * identifier it carried is seen for the customer: first and last sighting widened to the event's time,
		 * or a new edge asserted by this event.
		 */
		public void addInteraction(String customerId, String eventId, Instant at, List<Identifier> identifiers) {
			String owner = resolve(customerId);
			InMemoryStitching.this.interactions.put(eventId, customerId);
			for (Identifier identifier : identifiers) {
				Map<String, Seen> seen = InMemoryStitching.this.seenFor.computeIfAbsent(identifier.key(), k -> new LinkedHashMap<>());
				Seen before = seen.get(owner);
				if (before == null) {
					seen.put(owner, new Seen(at, at, eventId));
					InMemoryStitching.this.seenKeysOf.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(identifier.key());
				}
				else {
					seen.put(owner, before.sighted(at));
				}
			}
		}

	}

}
