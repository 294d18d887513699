package io.skein.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Decides which customer an event belongs to. Known identifiers win (customerId, then the source record,
 * then account number, email and phone, each only when it points at exactly one known customer);
 * otherwise the anonymous profile of its cookie or device, created on first sight. When an event ties a
 * cookie or device to a known customer (a login), the anonymous profiles behind it merge into that
 * customer, so their history moves with them, unless a steward banned linking them or they would then hold
 * two national ids.
 */
@Component
public class EventAttribution {

	private final IdentifierNormaliser normaliser;


	public EventAttribution(IdentifierNormaliser normaliser) {
		this.normaliser = normaliser;
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

	/** The customers named outright by a batch's events (customerId, or a source record), read in two queries. */
	public record Claimed(Map<String, String> byCustomerId, Map<String, String> byRecord) {
	}

	public Claimed resolveClaims(StitchingState ws, List<Claims> batch) {
		List<String> ids = new ArrayList<>();
		List<List<String>> records = new ArrayList<>();
		for (Claims claims : batch) {
			if (claims.customerId() != null) {
				ids.add(claims.customerId());
			}
			if (claims.source() != null && claims.sourceId() != null) {
				records.add(List.of(claims.source(), claims.sourceId()));
			}
		}
		return new Claimed(ws.resolveStored(ids), ws.customersOfRecords(records));
	}

	/** Chooses the event's customer, merging or creating profiles through the workspace as needed. */
	public Attributed attribute(StitchingState ws, Claimed claimed, Claims claims, String eventId) {
		List<String> warnings = new ArrayList<>();
		String known = claimedCustomer(ws, claimed, claims, warnings);
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
		Map<String, List<Holder>> holders = new HashMap<>();
		all.forEach(i -> holders.put(i.key(), ws.holders(i, null)));
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
			absorb(ws, target, anonymousProfiles.keySet(), "identified by event " + eventId, eventId, warnings);
		}
		else if (!anonymousProfiles.isEmpty()) {
			List<Holder> oldestFirst = new ArrayList<>(anonymousProfiles.values());
			oldestFirst.sort(Comparator.comparing(Holder::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Holder::customerId));
			target = oldestFirst.get(0).customerId();
			anonymousProfiles.remove(target);
			absorb(ws, target, anonymousProfiles.keySet(), "seen together in event " + eventId, eventId, warnings);
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
			if (!ws.isKnownCustomer(target)) {
				// The cookie's own profile may exist already, merged into a customer since: follow it there.
				String stored = ws.resolveStored(List.of(target)).get(target);
				if (stored != null) {
					target = stored;
				}
				else {
					ws.createAnonymousProfile(target);
				}
			}
		}
		return new Attributed(target, all, List.copyOf(warnings));
	}

	private String claimedCustomer(StitchingState ws, Claimed claimed, Claims claims, List<String> warnings) {
		if (claims.customerId() != null) {
			String resolved = claimed.byCustomerId().get(claims.customerId());
			if (resolved != null) {
				return ws.resolve(resolved);
			}
			warnings.add("identifiers.customerId: no customer " + claims.customerId());
		}
		if (claims.source() != null && claims.sourceId() != null) {
			String customer = claimed.byRecord().get(claims.source() + "\u001f" + claims.sourceId());
			if (customer != null) {
				return ws.resolve(customer);
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

	/**
	 * Merges the profiles into the survivor under the guards stitching obeys, cluster-wide: a profile that
	 * has taken on records (one joined by a record carrying an identifier it saw) can be on one side of a
	 * steward's ban or split, or hold a national id; it is left out when a steward banned it from joining
	 * those merged so far, or when it would bring a second national id into them.
	 */
	private static void absorb(StitchingState ws, String survivor, Set<String> profiles, String reason,
			String eventId, List<String> warnings) {
		if (profiles.isEmpty()) {
			return;
		}
		Set<String> involved = new LinkedHashSet<>(profiles);
		involved.add(survivor);
		Map<String, Set<String>> bans = ws.bansAmong(involved);
		List<String> group = new ArrayList<>(List.of(survivor));
		Set<String> groupNationalIds = new java.util.HashSet<>(ws.nationalIds(survivor));
		List<String> absorbed = new ArrayList<>();
		for (String profile : profiles) {
			if (group.stream().anyMatch(bans.getOrDefault(profile, Set.of())::contains)) {
				warnings.add("not merged with profile " + profile + ": a steward banned linking them");
				continue;
			}
			Set<String> together = new java.util.HashSet<>(groupNationalIds);
			together.addAll(ws.nationalIds(profile));
			if (together.size() > 1) {
				warnings.add("not merged with profile " + profile + ": it holds a different national id");
				continue;
			}
			group.add(profile);
			groupNationalIds = together;
			absorbed.add(profile);
		}
		if (!absorbed.isEmpty()) {
			ws.merge(survivor, absorbed, reason, List.of(eventId));
		}
	}

}
