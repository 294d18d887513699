package io.skein.identity.steward;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.identity.CustomersRestitched;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.Ids;
import io.skein.identity.WriteLocks;
import io.skein.identity.resolution.RecordMover;
import io.skein.ingest.Json;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Steward decisions: merge, split, ban and undo. Each runs in one transaction after checking its input
 * (a bad argument changes nothing), records a {@code (:StewardAction)} with JSON snapshots before and
 * after, and leaves a decision resolution respects from then on: a merge a must-link
 * ({@code (:StewardLink)}), a split or ban a cannot-link ({@code (:Ban)}). Ids stay stable: a merge keeps
 * the oldest known customer's id, a split leaves the id on the larger part. Undo reverses one action exactly,
 * once, and only when no later steward action touched the same customers; when ingestion has merged a
 * customer the action left into another since, undo follows it to that survivor.
 */
@Service
public class StewardService {

	private static final String CURSOR = "steward-actions";

	/** The kinds of steward action, as stored in {@code StewardAction.type}. */
	enum Type {

		MERGE, SPLIT, BAN, UNDO

	}

	/**
	 * As in stitching: a known customer before an anonymous profile (which must never hold records, or a
	 * login event would absorb them past any ban), then the oldest, then the smallest id.
	 */
	private static final Comparator<Map<String, Object>> SURVIVOR_FIRST = Comparator
		.comparing((Map<String, Object> s) -> "ANONYMOUS".equals(s.get("kind")))
		.thenComparing(s -> ((String) s.get("createdAt")).isEmpty() ? Instant.MAX : Instant.parse((String) s.get("createdAt")))
		.thenComparing(s -> (String) s.get("id"));

	private final Graph graph;

	private final IdentityStitcher stitcher;

	private final RecordMover mover;

	private final WriteLocks locks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final NamedQuery snapshot;

	private final NamedQuery recordOwners;

	private final NamedQuery bannedCustomers;

	private final NamedQuery nationalIds;

	private final NamedQuery createLink;

	private final NamedQuery createBan;

	private final NamedQuery existingBan;

	private final NamedQuery deleteDecision;

	private final NamedQuery createAction;

	private final NamedQuery markUndone;

	private final NamedQuery action;

	private final NamedQuery laterActions;

	private final NamedQuery unmerge;

	private final NamedQuery unsplit;

	private final NamedQuery page;

	public StewardService(Graph graph, CypherQueries queries, IdentityStitcher stitcher, RecordMover mover,
			WriteLocks locks, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.graph = graph;
		this.stitcher = stitcher;
		this.mover = mover;
		this.locks = locks;
		this.clock = clock;
		this.snapshot = queries.get("identity/customer-snapshot");
		this.recordOwners = queries.get("identity/record-owners");
		this.bannedCustomers = queries.get("identity/banned-customers");
		this.nationalIds = queries.get("identity/national-ids");
		this.createLink = queries.get("identity/create-steward-link");
		this.createBan = queries.get("identity/create-ban");
		this.existingBan = queries.get("identity/existing-ban");
		this.deleteDecision = queries.get("identity/delete-steward-decision");
		this.createAction = queries.get("identity/create-steward-action");
		this.markUndone = queries.get("identity/mark-undone");
		this.action = queries.get("identity/steward-action");
		this.laterActions = queries.get("identity/later-actions");
		this.unmerge = queries.get("identity/unmerge");
		this.unsplit = queries.get("identity/unsplit");
		this.page = queries.get("identity/steward-actions-page");
	}

	/**
	 * Merges customers into the oldest known one of them (an anonymous profile only when all are); the
	 * merged records stay together in future resolutions.
	 */
	public StewardActionView merge(List<String> customerIds, String reason) {
		return merge(customerIds, reason, false);
	}

	/**
	 * Merges customers into the oldest known one. Customers holding different national ids are different
	 * people: merging them is refused unless {@code force} (the reason then says why the ids are wrong).
	 */
	public StewardActionView merge(List<String> customerIds, String reason, boolean force) {
		requireReason(reason);
		if (customerIds == null || customerIds.size() < 2) {
			throw new InvalidInputException("customerIds", "name at least two customers to merge");
		}
		String actor = CurrentActor.name();
		return announced(this.graph.write(tx -> {
			Instant now = this.clock.instant();
			// the customers are write-locked, then read: a concurrent writer (any instance) waits or went first
			Map<String, String> resolved = this.locks.activeCustomers(tx, customerIds);
			Map<String, List<String>> byActive = new LinkedHashMap<>();
			for (String id : customerIds) {
				String active = resolved.get(id);
				if (active == null) {
					throw new NotFoundException("customerIds", "no customer " + id);
				}
				byActive.computeIfAbsent(active, k -> new ArrayList<>()).add(id);
			}
			for (Map.Entry<String, List<String>> e : byActive.entrySet()) {
				if (e.getValue().size() > 1) {
					throw new InvalidInputException("customerIds", "merging a customer with itself: " + e.getValue()
							+ " are all customer " + e.getKey());
				}
			}
			List<String> active = List.copyOf(byActive.keySet());
			List<Record> bans = tx.run(this.bannedCustomers, Map.of("customerIds", active));
			if (!bans.isEmpty()) {
				throw new InvalidInputException("customerIds", "customers " + bans.get(0).get("customerId").asString()
						+ " and " + bans.get(0).get("bannedWith").asString()
						+ " are banned from linking (a ban or split); undo it first");
			}
			if (!force) {
				refuseDifferentNationalIds(tx, active);
			}
			List<Map<String, Object>> before = snapshots(tx, active);
			before.sort(SURVIVOR_FIRST);
			String survivor = (String) before.get(0).get("id");
			List<String> absorbed = before.stream().skip(1).map(s -> (String) s.get("id")).toList();
			String at = now.toString();
			String actionId = Ids.stewardAction("sa", Type.MERGE.name(), active, at);
			String mergeId = this.stitcher.mergeInto(tx, survivor, absorbed, "steward: " + reason, List.of(actionId),
					now);
			String linkId = Ids.stewardAction("sl", Type.MERGE.name(), active, at);
			List<String> records = new ArrayList<>();
			before.forEach(s -> records.addAll(strings(s.get("records"))));
			tx.run(this.createLink, Map.of("linkId", linkId, "actionId", actionId, "recordIds", records, "now",
					IdentityStitcher.at(now)));
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("survivorId", survivor);
			after.put("absorbedIds", absorbed);
			after.put("mergeId", mergeId);
			after.put("stewardLinkId", linkId);
			return record(tx, actionId, Type.MERGE.name(), actor, reason, now, Map.of("customers", before), after, active, null);
		}));
	}

	/**
	 * Splits the named records off a customer with what they brought; the larger part keeps the id, and the
	 * two parts are never linked again until the split is undone.
	 */
	public StewardActionView split(String customerId, List<String> sourceRecordIds, String reason) {
		requireReason(reason);
		if (customerId == null || customerId.isBlank()) {
			throw new InvalidInputException("customerId", "must not be empty");
		}
		if (sourceRecordIds == null || sourceRecordIds.isEmpty()) {
			throw new InvalidInputException("sourceRecordIds", "name at least one source record to split off");
		}
		String actor = CurrentActor.name();
		return announced(this.graph.write(tx -> {
			Instant now = this.clock.instant();
			String customer = this.locks.activeCustomers(tx, List.of(customerId)).get(customerId);
			if (customer == null) {
				throw new NotFoundException("customerId", "no customer " + customerId);
			}
			Set<String> named = new TreeSet<>(sourceRecordIds);
			Map<String, String> owners = new HashMap<>();
			for (Record row : tx.run(this.recordOwners, Map.of("recordIds", List.copyOf(named)))) {
				owners.put(row.get("recordId").asString(), row.get("customerId").asString(null));
			}
			for (String id : named) {
				if (!owners.containsKey(id)) {
					throw new NotFoundException("sourceRecordIds", "no source record " + id);
				}
				if (!customer.equals(owners.get(id))) {
					throw new InvalidInputException("sourceRecordIds",
							"source record " + id + " belongs to customer " + owners.get(id) + ", not " + customer);
				}
			}
			Map<String, Object> before = snapshots(tx, List.of(customer)).get(0);
			List<String> all = strings(before.get("records"));
			List<String> rest = all.stream().filter(id -> !named.contains(id)).sorted().toList();
			if (rest.isEmpty()) {
				throw new InvalidInputException("sourceRecordIds", "splitting every source record away would leave customer "
						+ customer + " empty; name fewer records");
			}
			List<String> moving = named.size() > rest.size() ? rest : List.copyOf(named);
			List<String> staying = moving == rest ? List.copyOf(named) : rest;
			String at = now.toString();
			String actionId = Ids.stewardAction("sa", Type.SPLIT.name(), moving, at);
			String newId = this.mover.newCustomerId(tx, customer, moving);
			RecordMover.Moved moved = this.mover.move(tx, customer, newId, moving, "split " + actionId, now);
			String banId = Ids.stewardAction("b", Type.SPLIT.name(), moving, at);
			ban(tx, banId, Type.SPLIT.name(), actionId, reason, moving, staying, now);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("customerId", customer);
			after.put("newCustomerId", newId);
			after.put("movedRecords", moved.records());
			after.put("movedInteractions", moved.interactions());
			after.put("movedIdentifiers", moved.identifiers());
			after.put("banId", banId);
			return record(tx, actionId, Type.SPLIT.name(), actor, reason, now, Map.of("customer", before), after,
					List.of(customer, newId), null);
		}));
	}

	/**
	 * Bans two customers (or source records) from ever being linked: by resolution and by deterministic
	 * stitching, until the ban is undone.
	 */
	public StewardActionView ban(String a, String b, String reason) {
		requireReason(reason);
		String actor = CurrentActor.name();
		return announced(this.graph.write(tx -> {
			Instant now = this.clock.instant();
			Side left = side(tx, a, "a");
			Side right = side(tx, b, "b");
			if (left.customerId().equals(right.customerId())) {
				throw new InvalidInputException("b", "a and b are both customer " + left.customerId()
						+ ": split it first, then ban");
			}
			List<Record> existing = tx.run(this.existingBan, Map.of("left", left.records(), "right", right.records()));
			if (!existing.isEmpty()) {
				// Replaying a ban adds nothing: refused, naming the action that already holds it.
				throw new InvalidInputException("b", "already banned from " + a + " by steward action "
						+ existing.get(0).get("actionId").asString());
			}
			String at = now.toString();
			List<String> subjects = List.of(left.customerId(), right.customerId());
			String actionId = Ids.stewardAction("sa", Type.BAN.name(), subjects, at);
			String banId = Ids.stewardAction("b", Type.BAN.name(), subjects, at);
			ban(tx, banId, Type.BAN.name(), actionId, reason, left.records(), right.records(), now);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("banId", banId);
			after.put("left", Map.of("customerId", left.customerId(), "records", left.records()));
			after.put("right", Map.of("customerId", right.customerId(), "records", right.records()));
			return record(tx, actionId, Type.BAN.name(), actor, reason, now, Map.of(), after, subjects, null);
		}));
	}

	/** Reverses one merge, split or ban exactly. */
	public StewardActionView undo(String actionId) {
		if (actionId == null || actionId.isBlank()) {
			throw new InvalidInputException("actionId", "must not be empty");
		}
		String actor = CurrentActor.name();
		return announced(this.graph.write(tx -> {
			Instant now = this.clock.instant();
			List<Record> rows = tx.run(this.action, Map.of("id", actionId));
			if (rows.isEmpty()) {
				throw new NotFoundException("actionId", "no steward action " + actionId);
			}
			// the action's customers are locked, then the action read again: two undos of it run one after the other
			this.locks.activeCustomers(tx, StewardActionView.from(rows.get(0).get("action")).customerIds());
			StewardActionView original = StewardActionView.from(tx.run(this.action, Map.of("id", actionId)).get(0).get("action"));
			if (original.type().equals(Type.UNDO.name())) {
				throw new InvalidInputException("actionId", "an undo cannot be undone; repeat the original action instead");
			}
			if (original.undoneBy() != null) {
				throw new InvalidInputException("actionId", "already undone by " + original.undoneBy());
			}
			List<Record> later = tx.run(this.laterActions, Map.of("at", IdentityStitcher.at(original.at().toInstant()),
					"id", original.id(), "customerIds", original.customerIds()));
			if (!later.isEmpty()) {
				throw new InvalidInputException("actionId", "undo the later action " + later.get(0).get("id").asString()
						+ " first: it touched the same customers");
			}
			String undoId = Ids.stewardAction("sa", Type.UNDO.name(), List.of(actionId), now.toString());
			String reason = "undo " + actionId;
			switch (Type.valueOf(original.type())) {
				case MERGE -> undoMerge(tx, original, reason, now);
				case SPLIT -> undoSplit(tx, original, reason, now);
				case BAN -> tx.run(this.deleteDecision, Map.of("id", original.afterMap().get("banId")));
				case UNDO -> throw new IllegalStateException("an undo is never undone");
			}
			tx.run(this.markUndone, Map.of("id", actionId, "undoneBy", undoId));
			return record(tx, undoId, Type.UNDO.name(), actor, reason, now, Map.of("action", actionId), Map.of("undone", actionId),
					original.customerIds(), actionId);
		}));
	}

	/**
	 * Tells the derived-state upkeep which customers the committed action touched (their records or
	 * interactions moved), so their segments, purposes and drop-offs follow at once.
	 */
	private StewardActionView announced(StewardActionView action) {
		Set<String> touched = new LinkedHashSet<>(action.customerIds());
		for (String key : List.of("survivorId", "customerId", "newCustomerId")) {
			if (action.afterMap().get(key) instanceof String id) {
				touched.add(id);
			}
		}
		this.events.publishEvent(new CustomersRestitched(List.copyOf(touched), "steward " + action.type()));
		return action;
	}

	public StewardActionView find(String actionId) {
		List<Record> rows = this.graph.query(this.action, Map.of("id", actionId), r -> r);
		return rows.isEmpty() ? null : StewardActionView.from(rows.get(0).get("action"));
	}

	/** Steward actions newest first; with a customer id, those that touched it (or its survivor). */
	public Connection<StewardActionView> actions(Integer first, String after, String customerId) {
		int size = Cursors.pageSize(first, 20, "first");
		List<String> cursor = Cursors.decode(after, CURSOR, 2, "after");
		ZonedDateTime afterAt = null;
		if (cursor != null) {
			try {
				afterAt = Instant.parse(cursor.get(0)).atZone(ZoneOffset.UTC);
			}
			catch (java.time.DateTimeException ex) {
				throw new InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		List<String> customers = new ArrayList<>();
		if (customerId != null) {
			customers.add(customerId);
			String resolved = this.graph.read(tx -> this.stitcher.resolve(tx, List.of(customerId))).get(customerId);
			if (resolved == null) {
				throw new NotFoundException("customerId", "no customer " + customerId);
			}
			customers.add(resolved);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("customerId", customerId);
		params.put("customerIds", customers);
		params.put("afterAt", afterAt);
		params.put("afterId", cursor == null ? null : cursor.get(1));
		params.put("limit", size + 1);
		List<StewardActionView> rows = this.graph.query(this.page, params, r -> StewardActionView.from(r.get("action")));
		return Connection.of(rows, size, a -> Cursors.encode(CURSOR, a.at().toInstant().toString(), a.id()), null);
	}

	/**
	 * Joins the two parts of a split again and lifts its ban. Ingestion may have merged either part into
	 * another customer since; the parts are then joined where they now are, as if the split had never been.
	 */
	private void undoSplit(Graph.Tx tx, StewardActionView original, String reason, Instant now) {
		Map<String, Object> after = original.afterMap();
		String customer = (String) after.get("customerId");
		String split = (String) after.get("newCustomerId");
		tx.run(this.deleteDecision, Map.of("id", after.get("banId")));
		Map<String, String> current = this.stitcher.resolve(tx, List.of(customer, split));
		String target = current.get(customer);
		String part = current.get(split);
		if (target == null || part == null || target.equals(part)) {
			return;
		}
		List<Record> bans = tx.run(this.bannedCustomers, Map.of("customerIds", List.of(target, part)));
		if (!bans.isEmpty()) {
			throw new InvalidInputException("actionId", "customers " + target + " and " + part
					+ " are also kept apart by another ban or split; undo that first");
		}
		if (part.equals(split)) {
			tx.run(this.unsplit, Map.of("customerId", target, "newId", split, "reason", reason, "now",
					IdentityStitcher.at(now)));
		}
		else {
			this.stitcher.mergeInto(tx, target, List.of(part), reason, List.of(original.id()), now);
		}
	}

	/**
	 * Gives each absorbed customer back what it had. The survivor may have been merged into another
	 * customer by ingestion since: the records and interactions are then taken back from that one.
	 */
	private void undoMerge(Graph.Tx tx, StewardActionView original, String reason, Instant now) {
		Map<String, Object> after = original.afterMap();
		String merged = (String) after.get("survivorId");
		String survivor = this.stitcher.resolve(tx, List.of(merged)).getOrDefault(merged, merged);
		List<String> absorbed = strings(after.get("absorbedIds"));
		List<Map<String, Object>> parts = new ArrayList<>();
		List<String> survivorSeen = new ArrayList<>();
		for (Object o : (List<?>) original.beforeMap().get("customers")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> customer = (Map<String, Object>) o;
			if (absorbed.contains(customer.get("id"))) {
				parts.add(customer);
			}
			else if (merged.equals(customer.get("id"))) {
				for (Object seen : (List<?>) customer.get("seenFor")) {
					survivorSeen.add((String) ((Map<?, ?>) seen).get("key"));
				}
			}
		}
		tx.run(this.unmerge, Map.of("survivorId", survivor, "mergeId", after.get("mergeId"), "parts", parts,
				"survivorSeen", survivorSeen, "reason", reason, "now", IdentityStitcher.at(now)));
		tx.run(this.deleteDecision, Map.of("id", after.get("stewardLinkId")));
	}

	private record Side(String customerId, List<String> records) {
	}

	/** A ban side: a source record on its own, or every record of a customer. */
	private Side side(Graph.Tx tx, String id, String field) {
		if (id == null || id.isBlank()) {
			throw new InvalidInputException(field, "must not be empty");
		}
		if (id.startsWith("r-")) {
			String owner = null;
			while (true) {
				List<Record> rows = tx.run(this.recordOwners, Map.of("recordIds", List.of(id)));
				if (rows.isEmpty() || rows.get(0).get("customerId").isNull()) {
					throw new NotFoundException(field, "no source record " + id);
				}
				String read = rows.get(0).get("customerId").asString();
				if (read.equals(owner)) {
					return new Side(owner, List.of(id));
				}
				// locked, then read again: the record stays on it until this transaction ends
				owner = this.locks.activeCustomers(tx, List.of(read)).getOrDefault(read, read);
			}
		}
		String customer = this.locks.activeCustomers(tx, List.of(id)).get(id);
		if (customer == null) {
			throw new NotFoundException(field, "no customer or source record " + id);
		}
		List<String> records = strings(snapshots(tx, List.of(customer)).get(0).get("records"));
		if (records.isEmpty()) {
			throw new InvalidInputException(field, "customer " + customer + " has no source records to ban");
		}
		return new Side(customer, records);
	}

	private void ban(Graph.Tx tx, String banId, String kind, String actionId, String reason, List<String> left,
			List<String> right, Instant now) {
		tx.run(this.createBan, Map.of("banId", banId, "kind", kind, "actionId", actionId, "reason", reason, "left", left,
				"right", right, "now", IdentityStitcher.at(now)));
	}

	private List<Map<String, Object>> snapshots(Graph.Tx tx, List<String> customerIds) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Record row : tx.run(this.snapshot, Map.of("customerIds", customerIds))) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("id", row.get("id").asString());
			s.put("status", row.get("status").asString(null));
			s.put("kind", row.get("kind").asString(null));
			s.put("createdAt", row.get("createdAt").isNull() ? "" : row.get("createdAt").asZonedDateTime().toInstant().toString());
			s.put("records", sorted(row.get("records").asList(Value::asString)));
			s.put("interactions", sorted(row.get("interactions").asList(Value::asString)));
			List<Map<String, Object>> seen = new ArrayList<>(row.get("seenFor").asList(Value::asMap));
			seen.sort(Comparator.comparing(m -> (String) m.get("key")));
			s.put("seenFor", seen);
			out.add(s);
		}
		return out;
	}

	private StewardActionView record(Graph.Tx tx, String id, String type, String actor, String reason, Instant now,
			Map<String, Object> before, Map<String, Object> after, List<String> customerIds, String undoes) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("type", type);
		params.put("actor", actor);
		params.put("reason", reason);
		params.put("now", IdentityStitcher.at(now));
		params.put("before", Json.write(before));
		params.put("after", Json.write(after));
		params.put("customerIds", List.copyOf(new LinkedHashSet<>(customerIds)));
		params.put("undoes", undoes);
		tx.run(this.createAction, params);
		return StewardActionView.from(tx.run(this.action, Map.of("id", id)).get(0).get("action"));
	}

	private void refuseDifferentNationalIds(Graph.Tx tx, List<String> customers) {
		Map<String, String> holderOf = new LinkedHashMap<>();
		for (Record row : tx.run(this.nationalIds, Map.of("customerIds", customers))) {
			for (String digest : row.get("nationalIds").asList(org.neo4j.driver.Value::asString)) {
				holderOf.putIfAbsent(digest, row.get("customerId").asString());
			}
		}
		if (holderOf.size() > 1) {
			List<String> holders = holderOf.values().stream().distinct().toList();
			throw new InvalidInputException("customerIds", "customers " + String.join(" and ", holders)
					+ " hold different national ids, so they are different people; to merge them anyway pass"
					+ " force: true with a reason saying which id is wrong");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must not be empty: say why, for the audit trail");
		}
	}

	private static List<String> sorted(List<String> values) {
		List<String> out = new ArrayList<>(values);
		out.sort(null);
		return out;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}

}
