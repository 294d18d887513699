package io.skein.identity;

import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login (an event tying a cookie to a known customer) obeys the guards of record stitching, cluster-wide:
 * an anonymous profile that has taken on a record with another national id is not merged into the customer.
 */
@SkeinTest
class LoginStitchGuardsTest {

	@Autowired
	IngestService ingest;

	@Autowired
	GraphProbe probe;

	@Test
	void aLoginNeverJoinsAProfileHoldingAnotherNationalId() {
		String asha = record(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha", "lastName", "Rao",
				"nationalId", "KLMPR1111A", "email", "asha@example.in")).customerId();
		// a browser seen with an email nobody holds yet: an anonymous profile
		String profile = event(Map.of("eventId", "e-1", "type", "Page_viewed", "at", "2026-03-01T09:00:00Z",
				"anonymousId", "ck-shared", "identifiers", Map.of("email", "priya@example.in"))).customerId();
		assertThat(profile).isNotEqualTo(asha);
		// Priya's record carries that email: it joins the profile, with her national id
		assertThat(record(Map.of("source", "web", "sourceId", "2", "firstName", "Priya", "lastName", "Nair",
				"nationalId", "QRSPR2222B", "email", "priya@example.in")).customerId()).isEqualTo(profile);

		// Asha logs in on the same browser: her event is hers, but Priya's profile stays Priya's
		IngestResult login = event(Map.of("eventId", "e-2", "type", "Login", "at", "2026-03-01T10:00:00Z",
				"anonymousId", "ck-shared", "identifiers", Map.of("customerId", asha)));

		assertThat(login.customerId()).isEqualTo(asha);
		assertThat(login.warnings()).anyMatch(w -> w.contains("different national id"));
		assertThat(this.probe.customerOf("web", "2")).isEqualTo(profile).isNotEqualTo(asha);
		assertThat(this.probe.customerOf("crm", "1")).isEqualTo(asha);
	}

	private IngestResult record(Map<String, Object> record) {
		IngestResult result = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(result.errors()).isEmpty();
		return result;
	}

	private IngestResult event(Map<String, Object> event) {
		IngestResult result = this.ingest.track(List.of(event), "events").get(0);
		assertThat(result.errors()).isEmpty();
		return result;
	}

}
