package io.skein.household;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.skein.identity.PersonName;

/**
 * The household rule, free of any store: customers sharing a signal (a phone, a mailbox, an address) whose
 * records disagree on given name ({@link PersonName#conflictsWith}) or date of birth are different people of
 * one household; households are the connected groups of such pairs. A signal held by more than
 * {@code maxCustomers} customers is no household signal.
 */
final class HouseholdPlanner {

	/** A record holding a signal: its customer, given name and date of birth. */
	record Holding(String customerId, PersonName name, String dateOfBirth) {
	}

	/**
	 * A shared value: {@code identifierKey} is the identifier node's key for phones and mailboxes, null for an
	 * address; {@code address} the address as shown, null for an identifier.
	 */
	record Signal(String key, String identifierKey, String address, List<Holding> holders) {
	}

	/** A household to write: its id, members in id order, shared identifier keys and addresses. */
	record Planned(String id, List<String> memberIds, List<String> identifierKeys, List<String> addresses) {
	}

	private final int maxCustomers;

	HouseholdPlanner(int maxCustomers) {
		this.maxCustomers = maxCustomers;
	}

	/** The customers a signal links as different people (empty when it is no household signal). */
	Set<String> linked(Signal signal, Map<String, String> parent) {
		Set<String> customers = new TreeSet<>();
		signal.holders().forEach(h -> customers.add(h.customerId()));
		Set<String> linked = new TreeSet<>();
		if (customers.size() < 2 || customers.size() > this.maxCustomers) {
			return linked;
		}
		List<Holding> holders = signal.holders();
		for (int a = 0; a < holders.size(); a++) {
			for (int b = a + 1; b < holders.size(); b++) {
				Holding left = holders.get(a);
				Holding right = holders.get(b);
				if (!left.customerId().equals(right.customerId()) && differentPeople(left, right)) {
					linked.add(left.customerId());
					linked.add(right.customerId());
					if (parent != null) {
						union(parent, left.customerId(), right.customerId());
					}
				}
			}
		}
		return linked;
	}

	static boolean differentPeople(Holding left, Holding right) {
		if (left.name() != null && left.name().conflictsWith(right.name())) {
			return true;
		}
		return left.dateOfBirth() != null && right.dateOfBirth() != null && !left.dateOfBirth().equals(right.dateOfBirth());
	}

	/** The households among {@code customers}, from every signal gathered around them. */
	List<Planned> plan(Collection<String> customers, Collection<Signal> signals) {
		Map<String, String> parent = new HashMap<>();
		customers.forEach(c -> parent.put(c, c));
		Map<Signal, Set<String>> used = new HashMap<>();
		for (Signal signal : signals) {
			Set<String> linked = linked(signal, parent);
			if (!linked.isEmpty()) {
				used.put(signal, linked);
			}
		}
		Map<String, Set<String>> groups = new TreeMap<>();
		for (String customer : parent.keySet()) {
			groups.computeIfAbsent(find(parent, customer), k -> new TreeSet<>()).add(customer);
		}
		List<Planned> planned = new ArrayList<>();
		for (Set<String> members : groups.values()) {
			if (members.size() < 2) {
				continue;
			}
			Set<String> keys = new TreeSet<>();
			Set<String> addresses = new LinkedHashSet<>();
			used.forEach((signal, linked) -> {
				if (members.containsAll(linked)) {
					if (signal.identifierKey() != null) {
						keys.add(signal.identifierKey());
					}
					else {
						addresses.add(signal.address());
					}
				}
			});
			List<String> ids = List.copyOf(members);
			planned.add(new Planned(idOf(ids.get(0)), ids, List.copyOf(keys), new ArrayList<>(new TreeSet<>(addresses))));
		}
		return planned;
	}

	/** A household's id: derived from its smallest member id, so recomputation keeps it stable. */
	static String idOf(String smallestMemberId) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(smallestMemberId.getBytes(StandardCharsets.UTF_8));
			return "h-" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An address line folded for comparison: lower case, letters and digits only. */
	static String fold(String value) {
		return Objects.requireNonNullElse(value, "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static String find(Map<String, String> parent, String x) {
		String root = x;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		return root;
	}

	private static void union(Map<String, String> parent, String a, String b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		String ra = find(parent, a);
		String rb = find(parent, b);
		if (!ra.equals(rb)) {
			parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
		}
	}

}
