package io.skein.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;

/** One customer with every kind of PII, and an event carrying an email, for access and erasure tests. */
final class PiiFixture {

	static final String EMAIL = "asha.rao@example.in";

	static final List<String> RAW_PII = List.of("asha.rao", "Asha.Rao", "98765", "1990-02-14", "MG Road", "SB1001", "SB-1001",
			"ABCDE1234F", "560001");

	private PiiFixture() {
	}

	static Map<String, Object> record() {
		Map<String, Object> crm = new HashMap<>();
		crm.put("source", "crm");
		crm.put("sourceId", "1");
		crm.put("firstName", "Asha");
		crm.put("lastName", "Rao");
		crm.put("email", "Asha.Rao@Example.in");
		crm.put("phone", "+91 98765 43210");
		crm.put("dateOfBirth", "1990-02-14");
		crm.put("nationalId", "ABCDE1234F");
		crm.put("address", Map.of("line1", "12 MG Road", "city", "Bengaluru", "postcode", "560001"));
		crm.put("attributes", Map.of("IsGlobetrotter", true, "income", 7200));
		crm.put("accounts", List.of(Map.of("accountNumber", "SB-1001", "productCode", "SAVINGS", "balance", 1500.0)));
		return crm;
	}

	static Map<String, Object> event() {
		return Map.of("eventId", "ev-pii-1", "type", "Form_submitted", "at", "2026-11-03T09:15:00Z", "channel", "web",
				"identifiers", Map.of("email", EMAIL), "anonymousId", "ck-asha",
				"properties", Map.of("Page category", "Loans", "email", EMAIL, "mobile", "+91 98765 43210"));
	}

	/** Loads the fixture and returns the customer id. */
	static String load(IngestService ingest) {
		String id = ingest.ingestRecords(List.of(record()), "records").get(0).customerId();
		ingest.track(List.of(event()), "events");
		return id;
	}

	static final String CUSTOMER_360 = """
			query($id: ID!) {
			  customer(id: $id) {
			    id
			    profile {
			      firstName { value } lastName { value } email { value } phone { value }
			      dateOfBirth { value } address { value } attributes { name value }
			    }
			    identifiers { type value }
			    sourceRecords { payload warnings }
			    accounts { accountNumber balance }
			    interactions { edges { node { type properties } } }
			  }
			}""";

}
