package io.skein.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.Graph;

import org.springframework.stereotype.Component;

/**
 * Applies {@link StitchPlanner}'s decisions through an {@link IdentityWorkspace}: finds who holds a
 * record's identifiers, attaches the record to its customer (a new one, whose id derives from the record,
 * when nobody does) and merges the customers it bridges.
 */
@Component
public class IdentityStitcher {

	private final StitchPlanner planner;

	private final IdentityQueries queries;

	public IdentityStitcher(IdentityQueries queries, StitchingProperties properties, IdentifierNormaliser normaliser) {
		this.planner = new StitchPlanner(properties, normaliser);
		this.queries = queries;
	}

	/** The customer a record now belongs to, and what stitching had to say. */
	public record Outcome(String customerId, List<String> warnings) {
	}

	/** A unit of work for one batch inside {@code tx}. */
	public IdentityWorkspace workspace(Graph.Tx tx, Instant now) {
		return new IdentityWorkspace(tx, this.queries, now);
	}

	/**
	 * Stitches a stored source record: attaches it to the customer its identifiers point at, merging the
	 * customers it bridges, or to a new customer whose id derives from the record.
	 */
	public Outcome stitchRecord(IdentityWorkspace ws, String recordId, Holder storedCustomer,
			List<Identifier> identifiers, PersonName name) {
		Holder current = storedCustomer == null ? null
				: ws.asHolder(storedCustomer.customerId(), storedCustomer.createdAt(), storedCustomer.anonymous());
		Map<String, List<Holder>> holders = new HashMap<>();
		Set<String> involved = new LinkedHashSet<>();
		if (current != null) {
			involved.add(current.customerId());
		}
		for (Identifier identifier : identifiers) {
			List<Holder> list = ws.holders(identifier, recordId);
			holders.put(identifier.key(), list);
			list.forEach(h -> involved.add(h.customerId()));
		}
		Map<String, Set<String>> nationalIds = new HashMap<>();
		involved.forEach(id -> nationalIds.put(id, ws.nationalIds(id)));
		StitchPlan plan = this.planner.plan(current, identifiers, name, holders, nationalIds,
				ws.bansAmong(nationalIds.keySet()));
		String customerId = plan.customerId();
		if (customerId == null) {
			customerId = Ids.customerFor(recordId);
			if (!ws.isKnownCustomer(customerId)) {
				ws.registerNewCustomer(customerId, false);
			}
		}
		ws.attachRecord(recordId, customerId, identifiers, name, plan.customerId() == null ? "new customer" : "stitched");
		if (!plan.absorbed().isEmpty()) {
			ws.merge(customerId, plan.absorbed(), "record " + recordId + " bridges them", List.of(recordId));
		}
		return new Outcome(customerId, plan.warnings());
	}

	/** Merges customers into a survivor and records why; returns the merge id. */
	public String mergeInto(Graph.Tx tx, String survivorId, List<String> absorbed, String reason,
			List<String> triggeredBy, Instant now) {
		return workspace(tx, now).merge(survivorId, absorbed, reason, triggeredBy);
	}

	/** As {@link #mergeInto} for several disjoint merges with one reason, in one round trip; returns the merge ids. */
	public List<String> mergeAllInto(Graph.Tx tx, List<IdentityWorkspace.PlannedMerge> merges, String reason,
			List<String> triggeredBy, Instant now) {
		return merges.isEmpty() ? List.of() : workspace(tx, now).mergeAll(merges, reason, triggeredBy);
	}

	/** Follows merges: the active id for each requested id that exists. */
	public Map<String, String> resolve(Graph.Tx tx, List<String> ids) {
		return workspace(tx, Instant.now()).resolveStored(ids);
	}

	public static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
