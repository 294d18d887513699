package io.skein.nba.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the holding to hide for each person with two or more open products (the latest opened, or one
 * at random), and builds the copies of records and events to ingest without it: the account is left out
 * of every record, and events the ledger sent for that account are dropped. Nothing is changed in place.
 */
final class HoldOut {

	enum Strategy {

		LATEST, RANDOM

	}

	/** The account hidden for one person. */
	record Hidden(String personId, String accountNumber, String productCode) {
	}

	private HoldOut() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Hidden> choose(Map<String, List<Map<String, Object>>> recordsByPerson, Strategy strategy,
			long seed) {
		Random random = new Random(seed);
		Map<String, Hidden> hidden = new LinkedHashMap<>();
		recordsByPerson.forEach((person, records) -> {
			Map<String, Map<String, Object>> open = new LinkedHashMap<>();
			for (Map<String, Object> r : records) {
				for (Map<String, Object> a : (List<Map<String, Object>>) r.getOrDefault("accounts", List.of())) {
					if (a.get("closedAt") == null && a.get("productCode") != null && a.get("openedAt") != null) {
						open.putIfAbsent((String) a.get("accountNumber"), a);
					}
				}
			}
			if (open.values().stream().map(a -> a.get("productCode")).distinct().count() < 2) {
				return;
			}
			List<Map<String, Object>> accounts = new ArrayList<>(open.values());
			Map<String, Object> pick = strategy == Strategy.LATEST
					? accounts.stream().max(Comparator.comparing(a -> (String) a.get("openedAt"))).orElseThrow()
					: accounts.get(random.nextInt(accounts.size()));
			hidden.put(person, new Hidden(person, (String) pick.get("accountNumber"), (String) pick.get("productCode")));
		});
		return hidden;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> records(List<Map<String, Object>> records, Set<String> hiddenAccounts) {
		List<Map<String, Object>> out = new ArrayList<>(records.size());
		for (Map<String, Object> r : records) {
			List<Map<String, Object>> accounts = (List<Map<String, Object>>) r.get("accounts");
			if (accounts == null || accounts.stream().noneMatch(a -> hiddenAccounts.contains(a.get("accountNumber")))) {
				out.add(r);
				continue;
			}
			Map<String, Object> copy = new LinkedHashMap<>(r);
			copy.put("accounts", accounts.stream().filter(a -> !hiddenAccounts.contains(a.get("accountNumber"))).toList());
			out.add(copy);
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(List<Map<String, Object>> events, Set<String> hiddenAccounts) {
		return events.stream().filter(e -> {
			Object ids = e.get("identifiers");
			return !(ids instanceof Map<?, ?> m && hiddenAccounts.contains(((Map<String, Object>) m).get("accountNumber")));
		}).toList();
	}

}
