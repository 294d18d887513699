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

	public InMemoryStitching(StitchingProperties properties, IdentifierNormaliser normaliser) {
		this.planner = new StitchPlanner(properties, normaliser);
	}

	private record Row(String recordId, String customerId, PersonName name) {
	}

	/** A customer as it ends up: when it was created and last updated, and when it was merged away (or null). */
	public record Customer(String id, Instant createdAt, Instant updatedAt, Instant mergedAt, int changeSeq) {

		Customer touched(Instant at) {
			return new Customer(this.id, this.createdAt, at, this.mergedAt, this.changeSeq);
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
				List<Holder> list = holders(identifier, recordId);
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
					InMemoryStitching.this.customers.put(customerId, new Customer(customerId, createdAt, createdAt, null, 1));
				}
			}
			attach(recordId, customerId, identifiers, name, plan.customerId() == null ? "new customer" : "stitched");
			if (!plan.absorbed().isEmpty()) {
				merge(customerId, plan.absorbed(), "record " + recordId + " bridges them", List.of(recordId));
			}
			return new IdentityStitcher.Outcome(customerId, plan.warnings());
		}

		private List<Holder> holders(Identifier identifier, String excludingRecordId) {
			List<Holder> holders = new ArrayList<>();
			for (Row row : InMemoryStitching.this.rowsByKey.getOrDefault(identifier.key(), List.of())) {
				if (row.recordId().equals(excludingRecordId)) {
					continue;
				}
				String id = resolve(row.customerId());
				holders.add(new Holder(id, InMemoryStitching.this.customers.get(id).createdAt(), false, row.name()));
			}
			return holders;
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

		/** As {@code identity/merge-customers}: the absorbed customers' records move to the survivor. */
		private void merge(String survivorId, List<String> absorbed, String reason, List<String> triggeredBy) {
			String mergeId = Ids.mergeFor(survivorId, absorbed, triggeredBy);
			Set<String> survivorIds = InMemoryStitching.this.nationalIds.computeIfAbsent(survivorId, k -> new HashSet<>());
			List<String> survivorRecords = InMemoryStitching.this.recordsOf.computeIfAbsent(survivorId, k -> new ArrayList<>());
			for (String id : absorbed) {
				for (String recordId : InMemoryStitching.this.recordsOf.getOrDefault(id, List.of())) {
					InMemoryStitching.this.attachments.put(recordId, new Attachment(survivorId, this.now, "merge " + mergeId));
					survivorRecords.add(recordId);
				}
				InMemoryStitching.this.recordsOf.remove(id);
				InMemoryStitching.this.customers.computeIfPresent(id,
						(k, c) -> new Customer(c.id(), c.createdAt(), this.now, this.now, c.changeSeq()));
				InMemoryStitching.this.absorbedInto.put(id, survivorId);
				survivorIds.addAll(InMemoryStitching.this.nationalIds.getOrDefault(id, Set.of()));
			}
			Customer survivor = InMemoryStitching.this.customers.get(survivorId);
			int seq = survivor.changeSeq() + 1;
			InMemoryStitching.this.customers.put(survivorId,
					new Customer(survivorId, survivor.createdAt(), this.now, null, seq));
			InMemoryStitching.this.merges.add(new MergeDone(mergeId, this.now, reason, survivorId, List.copyOf(absorbed),
					List.copyOf(triggeredBy), seq));
		}

	}

}
