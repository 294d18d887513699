package io.skein.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RecordInput} as the JSON object of the record contract (nulls left out), e.g. for mapped CSV rows. */
public final class RecordInputJson {

	private RecordInputJson() {
	}

	public static Map<String, Object> toJson(RecordInput r) {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "source", r.source());
		put(json, "sourceId", r.sourceId());
		put(json, "firstName", r.firstName());
		put(json, "middleName", r.middleName());
		put(json, "lastName", r.lastName());
		put(json, "fullName", r.fullName());
		put(json, "dateOfBirth", r.dateOfBirth());
		put(json, "gender", r.gender());
		put(json, "email", r.email());
		put(json, "phone", r.phone());
		put(json, "nationalId", r.nationalId());
		if (r.address() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			put(address, "line1", r.address().line1());
			put(address, "line2", r.address().line2());
			put(address, "city", r.address().city());
			put(address, "postcode", r.address().postcode());
			put(address, "state", r.address().state());
			put(address, "country", r.address().country());
			if (!address.isEmpty()) {
				json.put("address", address);
			}
		}
		if (!r.attributes().isEmpty()) {
			json.put("attributes", new LinkedHashMap<>(r.attributes()));
		}
		if (!r.accounts().isEmpty()) {
			List<Map<String, Object>> accounts = new ArrayList<>();
			for (RecordInput.Account a : r.accounts()) {
				Map<String, Object> account = new LinkedHashMap<>();
				put(account, "accountNumber", a.accountNumber());
				put(account, "productCode", a.productCode());
				put(account, "openedAt", a.openedAt());
				put(account, "closedAt", a.closedAt());
				put(account, "balance", a.balance());
				put(account, "currency", a.currency());
				accounts.add(account);
			}
			json.put("accounts", accounts);
		}
		return json;
	}

	private static void put(Map<String, Object> json, String key, Object value) {
		if (value != null) {
			json.put(key, value);
		}
	}

}
