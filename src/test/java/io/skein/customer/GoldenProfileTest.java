package io.skein.customer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MOST_RECENT rule on its own, without a store. */
class GoldenProfileTest {

	static final ZonedDateTime T1 = ZonedDateTime.parse("2026-01-01T00:00:00Z");

	static final ZonedDateTime T2 = ZonedDateTime.parse("2026-02-01T00:00:00Z");

	@Test
	void mostRecentNonEmptyValueWinsPerAttribute() {
		RecordRow old = row("crm", "1", T1, Map.of("firstName", "Asha", "phone", "+919876543210", "address",
				"12 MG Road, Bengaluru"), Map.of("income", 7200, "IsGlobetrotter", true));
		RecordRow recent = row("core", "7", T2, Map.of("firstName", "Asha M"), Map.of("income", 8000));
		GoldenProfile profile = GoldenProfile.of(List.of(old, recent));
		assertThat(profile.firstName()).isEqualTo(new ProfileValue("Asha M", "core", "7", "MOST_RECENT", T2));
		assertThat(profile.phone()).isEqualTo(new ProfileValue("+919876543210", "crm", "1", "MOST_RECENT", T1));
		assertThat(profile.address().value()).isEqualTo("12 MG Road, Bengaluru");
		assertThat(profile.lastName()).isNull();
		assertThat(profile.attributes()).containsExactly(
				new AttributeValue("IsGlobetrotter", true, "crm", "1", "MOST_RECENT", T1),
				new AttributeValue("income", 8000, "core", "7", "MOST_RECENT", T2));
	}

	@Test
	void tiesAreBrokenBySourceThenSourceId() {
		RecordRow b = row("web", "1", T1, Map.of("email", "b@example.in"), Map.of());
		RecordRow a2 = row("crm", "2", T1, Map.of("email", "a2@example.in"), Map.of());
		RecordRow a1 = row("crm", "1", T1, Map.of("email", "a1@example.in"), Map.of());
		assertThat(GoldenProfile.of(List.of(b, a2, a1)).email().value()).isEqualTo("a1@example.in");
		assertThat(GoldenProfile.of(List.of(a1, a2, b)).email().value()).isEqualTo("a1@example.in");
	}

	private static RecordRow row(String source, String sourceId, ZonedDateTime at, Map<String, String> values,
			Map<String, Object> attributes) {
		return new RecordRow(new SourceRecordView("r-" + source + sourceId, source, sourceId, at, Map.of(), List.of(),
				"c-1"), values, attributes);
	}

}
