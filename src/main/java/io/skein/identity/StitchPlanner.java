package io.skein.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deterministic stitching rules, free of any store, so they can be read and tested on their own.
 * <ul>
 * <li>A record joins every customer that holds one of its stitching identifiers; when those are several,
 * they merge into the survivor: a known customer before an anonymous one, then the oldest, then the
 * smallest id.</li>
 * <li>Blocklisted values and values held by more than {@code maxCustomersPerIdentifier} customers never
 * stitch.</li>
 * <li>A phone stitches only to customers whose record carrying that phone has an agreeing name.</li>
 * <li>A phone or mailbox whose holders (the record included) disagree on given name is a household's: it
 * stitches only to holders with the record's given name, never two people together.</li>
 * <li>Two customers holding different national ids are different people: they never merge.</li>
 * <li>Two customers a steward banned from linking (a ban or a split between their records) never merge.</li>
 * </ul>
 */
public final class StitchPlanner {

	private static final Comparator<Holder> SURVIVOR_FIRST = Comparator.comparing(Holder::anonymous)
		.thenComparing(Holder::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Holder::customerId);

	private final StitchingProperties properties;

	private final IdentifierNormaliser normaliser;

	public StitchPlanner(StitchingProperties properties, IdentifierNormaliser normaliser) {
		this.properties = properties;
		this.normaliser = normaliser;
	}

	/**
	 * @param current the customer the record already belongs to, or null
	 * @param identifiers the record's valid identifiers
	 * @param name the record's name, for the phone rule
	 * @param holders for each identifier key, the customers already holding it
	 * @param nationalIds for each customer involved, the national-id hashes it holds
	 */
	public StitchPlan plan(Holder current, List<Identifier> identifiers, PersonName name,
			Map<String, List<Holder>> holders, Map<String, Set<String>> nationalIds) {
		return plan(current, identifiers, name, holders, nationalIds, Map.of());
	}

	/** As above; {@code bans} maps a customer to the customers a steward banned it from joining. */
	public StitchPlan plan(Holder current, List<Identifier> identifiers, PersonName name,
			Map<String, List<Holder>> holders, Map<String, Set<String>> nationalIds, Map<String, Set<String>> bans) {
		List<String> warnings = new ArrayList<>();
		Map<String, Holder> candidates = new LinkedHashMap<>();
		for (Identifier identifier : identifiers) {
			if (!usable(identifier, current, holders.getOrDefault(identifier.key(), List.of()), warnings)) {
				continue;
			}
			List<Holder> theirs = holders.getOrDefault(identifier.key(), List.of());
			boolean household = household(identifier, name, theirs, warnings);
			for (Holder holder : theirs) {
				if (household && (holder.name() == null || holder.name().first().isEmpty() || name == null
						|| name.first().isEmpty() || holder.name().conflictsWith(name))) {
					continue;
				}
				if (identifier.type() != IdentifierType.PHONE || (holder.name() != null && holder.name().agreesWith(name))) {
					candidates.putIfAbsent(holder.customerId(), holder);
				}
			}
		}
		Set<String> recordNationalIds = new HashSet<>();
		identifiers.stream()
			.filter(i -> i.type() == IdentifierType.NATIONAL_ID)
			.forEach(i -> recordNationalIds.add(i.value()));
		return group(current, candidates, recordNationalIds, nationalIds, bans, warnings);
	}

	private boolean usable(Identifier identifier, Holder current, List<Holder> holders, List<String> warnings) {
		if (!this.properties.stitchesOn(identifier.type())) {
			return false;
		}
		if (this.normaliser.isBlocklisted(identifier)) {
			warnings.add(describe(identifier) + " is blocklisted: stored, not used to stitch");
			return false;
		}
		Set<String> customers = new HashSet<>();
		holders.forEach(h -> customers.add(h.customerId()));
		if (current != null) {
			customers.remove(current.customerId());
		}
		if (customers.size() > this.properties.maxCustomersPerIdentifier()) {
			warnings.add(describe(identifier) + " is shared by " + customers.size()
					+ " customers: stored, not used to stitch");
			return false;
		}
		return true;
	}

	/**
	 * A phone or mailbox is a household's when the record's given name conflicts with a holder's, or two
	 * holders' given names conflict: it then stitches only to holders whose given name agrees with the
	 * record's (a record without a given name, or an unnamed holder, is never stitched through it), so it
	 * never joins two people, from the first conflict on.
	 */
	private static boolean household(Identifier identifier, PersonName name, List<Holder> holders, List<String> warnings) {
		if (identifier.type() != IdentifierType.EMAIL && identifier.type() != IdentifierType.PHONE) {
			return false;
		}
		List<PersonName> names = new ArrayList<>();
		if (name != null) {
			names.add(name);
		}
		holders.stream().map(Holder::name).filter(n -> n != null).forEach(names::add);
		for (int a = 0; a < names.size(); a++) {
			for (int b = a + 1; b < names.size(); b++) {
				if (names.get(a).conflictsWith(names.get(b))) {
					warnings.add(describe(identifier)
							+ " is shared by a household: stored, not used to stitch people with another given name");
					return true;
				}
			}
		}
		return false;
	}

	/** Builds the merged group, oldest first, leaving out customers whose national id conflicts. */
	private StitchPlan group(Holder current, Map<String, Holder> candidates, Set<String> recordNationalIds,
			Map<String, Set<String>> nationalIds, Map<String, Set<String>> bans, List<String> warnings) {
		Set<String> groupNationalIds = new HashSet<>(recordNationalIds);
		List<Holder> group = new ArrayList<>();
		if (current != null) {
			group.add(current);
			groupNationalIds.addAll(nationalIds.getOrDefault(current.customerId(), Set.of()));
			candidates.remove(current.customerId());
		}
		List<Holder> ordered = new ArrayList<>(candidates.values());
		ordered.sort(SURVIVOR_FIRST);
		for (Holder candidate : ordered) {
			Set<String> theirs = nationalIds.getOrDefault(candidate.customerId(), Set.of());
			if (conflict(groupNationalIds, theirs)) {
				warnings.add("not stitched to customer " + candidate.customerId()
						+ ": it holds a different national id");
				continue;
			}
			Set<String> banned = bans.getOrDefault(candidate.customerId(), Set.of());
			if (group.stream().anyMatch(h -> banned.contains(h.customerId()))) {
				warnings.add("not stitched to customer " + candidate.customerId() + ": a steward banned linking them");
				continue;
			}
			group.add(candidate);
			groupNationalIds.addAll(theirs);
		}
		if (group.isEmpty()) {
			return new StitchPlan(null, List.of(), List.copyOf(warnings));
		}
		group.sort(SURVIVOR_FIRST);
		Set<String> absorbed = new LinkedHashSet<>();
		group.subList(1, group.size()).forEach(h -> absorbed.add(h.customerId()));
		return new StitchPlan(group.get(0).customerId(), List.copyOf(absorbed), List.copyOf(warnings));
	}

	/** Whether the group and the candidate together would hold more than one national id (cluster-wide). */
	private static boolean conflict(Set<String> ours, Set<String> theirs) {
		Set<String> together = new HashSet<>(ours);
		together.addAll(theirs);
		return together.size() > 1;
	}

	private static String describe(Identifier identifier) {
		return identifier.type() == IdentifierType.NATIONAL_ID ? "national id"
				: identifier.type().name().toLowerCase().replace('_', ' ') + " " + identifier.value();
	}

}
