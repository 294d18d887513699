package io.skein.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * Decides which customer an event belongs to. Known identifiers win (customerId, then the source record,
 * then account number, email and phone, each only when it points at exactly one known customer);
 * otherwise the anonymous profile of its cookie or device, created on first sight. When an event ties a
 * cookie or device to a known customer (a login), the anonymous profiles behind it merge into that
 * customer, so their history moves with them.
 */
@Component
public class EventAttribution {

	private final IdentityStitcher stitcher;

	private final IdentifierNormaliser normaliser;


	private final NamedQuery bySourceRecord;

	private final NamedQuery createAnonymous;

	public EventAttribution(IdentityStitcher stitcher, IdentifierNormaliser normaliser,
			CypherQueries queries) {
		this.stitcher = stitcher;
		this.normaliser = normaliser;
		this.bySourceRecord = queries.get("identity/customer-by-source-record");
		this.createAnonymous = queries.get("identity/create-anonymous");
	}

	/** What an event says about who did it. */
	public record Claims(String customerId, String source, String sourceId, List<Identifier> strong,
			List<Identifier> anonymous) {

		public boolean isEmpty() {
			return this.customerId == null && (this.source == null || this.sourceId == null) && this.strong.isEmpty()
					&& this.anonymous.isEmpty();
		}

	}

	/** The customer chosen, the identifiers to remember as seen for it, and any warnings. */
	public record Attributed(String customerId, List<Identifier> rememberedIdentifiers, List<String> warnings) {
	}

	public String resolve(Graph.Tx tx, String customerId) {
		return this.stitcher.resolve(tx, List.of(customerId)).get(customerId);
	}

	public Attributed attribute(Graph.Tx tx, Claims claims, String eventId, Instant now) {
		List<String> warnings = new ArrayList<>();
		String known = claimedCustomer(tx, claims, warnings);
		List<Identifier> usable = new ArrayList<>();
		for (Identifier identifier : claims.strong()) {
			if (this.normaliser.isBlocklisted(identifier)) {
				warnings.add(identifier.type().name().toLowerCase() + " " + identifier.value()
						+ " is blocklisted: not used to attribute the event");
			}
			else {
				usable.add(identifier);
			}
		}
		List<Identifier> all = new ArrayList<>(usable);
		all.addAll(claims.anonymous());
		Map<String, List<Holder>> holders = this.stitcher.holdersOf(tx, all);
		if (known == null) {
			known = knownFromStrongIdentifiers(usable, holders, warnings);
		}
		Map<String, Holder> anonymousProfiles = new LinkedHashMap<>();
		Set<String> knownViaDevice = new LinkedHashSet<>();
		for (Identifier identifier : all) {
			for (Holder holder : holders.getOrDefault(identifier.key(), List.of())) {
				if (holder.anonymous()) {
					anonymousProfiles.putIfAbsent(holder.customerId(), holder);
				}
				else if (claims.anonymous().contains(identifier)) {
					knownViaDevice.add(holder.customerId());
				}
			}
		}
		String target;
		if (known != null) {
			target = known;
			anonymousProfiles.remove(known);
			absorb(tx, target, anonymousProfiles.keySet(), "identified by event " + eventId, eventId, now);
		}
		else if (!anonymousProfiles.isEmpty()) {
			List<Holder> oldestFirst = new ArrayList<>(anonymousProfiles.values());
			oldestFirst.sort(Comparator.comparing(Holder::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Holder::customerId));
			target = oldestFirst.get(0).customerId();
			anonymousProfiles.remove(target);
			absorb(tx, target, anonymousProfiles.keySet(), "seen together in event " + eventId, eventId, now);
		}
		else if (knownViaDevice.size() == 1) {
			target = knownViaDevice.iterator().next();
		}
		else {
			Identifier key = !claims.anonymous().isEmpty() ? claims.anonymous().get(0) : usable.isEmpty() ? null : usable.get(0);
			if (key == null) {
				key = new Identifier(IdentifierType.COOKIE, "event:" + eventId);
			}
			target = Ids.anonymousFor(key);
			tx.run(this.createAnonymous, Map.of("customerId", target, "now", IdentityStitcher.at(now)));
		}
		return new Attributed(target, all, List.copyOf(warnings));
	}

	private String claimedCustomer(Graph.Tx tx, Claims claims, List<String> warnings) {
		if (claims.customerId() != null) {
			String resolved = resolve(tx, claims.customerId());
			if (resolved != null) {
				return resolved;
			}
			warnings.add("identifiers.customerId: no customer " + claims.customerId());
		}
		if (claims.source() != null && claims.sourceId() != null) {
			var rows = tx.run(this.bySourceRecord, Map.of("source", claims.source(), "sourceId", claims.sourceId()));
			if (!rows.isEmpty()) {
				return rows.get(0).get("id").asString();
			}
			warnings.add("identifiers.sourceId: no record " + claims.source() + "/" + claims.sourceId());
		}
		return null;
	}

	private String knownFromStrongIdentifiers(List<Identifier> usable, Map<String, List<Holder>> holders,
			List<String> warnings) {
		for (Identifier identifier : usable) {
			Set<String> known = new LinkedHashSet<>();
			holders.getOrDefault(identifier.key(), List.of())
				.stream()
				.filter(h -> !h.anonymous())
				.forEach(h -> known.add(h.customerId()));
			if (known.size() == 1) {
				return known.iterator().next();
			}
			if (known.size() > 1) {
				warnings.add(identifier.type().name().toLowerCase() + " " + identifier.value() + " is held by "
						+ known.size() + " customers: not used to attribute the event");
			}
		}
		return null;
	}

	private void absorb(Graph.Tx tx, String survivor, Set<String> absorbed, String reason, String eventId,
			Instant now) {
		if (!absorbed.isEmpty()) {
			this.stitcher.mergeInto(tx, survivor, List.copyOf(absorbed), reason, List.of(eventId), now);
		}
	}

}
