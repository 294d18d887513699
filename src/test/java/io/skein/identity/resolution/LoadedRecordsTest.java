package io.skein.identity.resolution;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.identity.IdentifierType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LoadedRecords} gives what the store's resolution queries would return for the rows a bootstrap wrote:
 * records in id order with their owners and stored values, blocks of two or more records (members left out
 * over the limit), and stitching identifiers held twice or more (holders left out over the limit), in key order.
 */
class LoadedRecordsTest {

	private static final Instant SEEN = Instant.parse("2026-11-16T06:30:00Z");

	@Test
	void givesTheRowsTheResolutionQueriesWouldRead() {
		LoadedRecords loaded = new LoadedRecords(List.of(IdentifierType.EMAIL, IdentifierType.PHONE));
		loaded.add(props("r-b", "Asha", "1990-01-02", null), List.of(email("asha@x.test"), phone("+919800000001")),
				List.of("k1", "k2"), "digest-b", List.of("digest-b", "v1"));
		loaded.add(props("r-a", "Asha", null, "19900231"), List.of(email("asha@x.test"), device("d1")),
				List.of("k1", "k3"), null, null);
		loaded.add(props("r-c", "Ravi", null, null), List.of(phone("+919800000001"), device("d1")), List.of("k1"), null,
				null);

		ResolutionInput input = loaded.input(id -> id.equals("r-c") ? null
				: new LoadedRecords.Owner("c-" + id, SEEN.minusSeconds(60)), 2, 1);

		assertThat(input.records()).extracting(StoredRecord::id).containsExactly("r-a", "r-b", "r-c");
		StoredRecord a = input.records().get(0);
		assertThat(a.customerId()).isEqualTo("c-r-a");
		assertThat(a.customerCreatedAt()).isEqualTo(SEEN.minusSeconds(60));
		assertThat(a.firstSeenAt()).isEqualTo(SEEN);
		assertThat(a.match().birthDate().digits()).as("the raw date when none parsed: coalesce(dateOfBirth, dateOfBirthRaw)")
			.isEqualTo("19900231");
		assertThat(input.records().get(1).match().birthDate().digits()).isEqualTo("19900102");
		assertThat(input.records().get(1).match().nationalId()).isEqualTo("digest-b");
		assertThat(input.records().get(1).match().nationalIdVariants()).containsExactlyInAnyOrder("digest-b", "v1");
		assertThat(input.records().get(2).customerId()).isNull();

		Map<String, ResolutionInput.Block> blocks = new HashMap<>();
		input.blocks().forEach(b -> blocks.put(b.key(), b));
		assertThat(blocks).containsOnlyKeys("k1");
		assertThat(blocks.get("k1").size()).isEqualTo(3);
		assertThat(blocks.get("k1").recordIds()).as("over the block limit: reported without members").isEmpty();
		assertThat(loaded.input(id -> null, 200, 6).blocks().get(0).recordIds()).containsExactly("r-b", "r-a", "r-c");

		assertThat(input.shared()).as("stitching types only (no device), held twice or more, in key order")
			.extracting(s -> s.type() + ":" + s.value() + ":" + s.holders())
			.containsExactly("EMAIL:asha@x.test:2", "PHONE:+919800000001:2");
		assertThat(input.shared().get(0).records()).as("over the holder limit: no holders").isEmpty();
		assertThat(loaded.input(id -> null, 200, 6).shared().get(1).records())
			.containsExactly(new ResolutionInput.HolderName("r-b", "Asha", "Rao"),
					new ResolutionInput.HolderName("r-c", "Ravi", "Rao"));
	}

	private static Map<String, Object> props(String id, String firstName, String dateOfBirth, String dateOfBirthRaw) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", id);
		props.put("source", "crm");
		props.put("sourceId", id.substring(2));
		props.put("firstName", firstName);
		props.put("lastName", "Rao");
		props.put("payload", "{}");
		props.put("firstSeenAt", SEEN.atZone(ZoneOffset.UTC));
		if (dateOfBirth != null) {
			props.put("dateOfBirth", dateOfBirth);
		}
		if (dateOfBirthRaw != null) {
			props.put("dateOfBirthRaw", dateOfBirthRaw);
		}
		return props;
	}

	private static Map<String, Object> email(String value) {
		return Map.of("key", "EMAIL:" + value, "type", "EMAIL", "value", value);
	}

	private static Map<String, Object> phone(String value) {
		return Map.of("key", "PHONE:" + value, "type", "PHONE", "value", value);
	}

	private static Map<String, Object> device(String value) {
		return Map.of("key", "DEVICE:" + value, "type", "DEVICE", "value", value);
	}

}
