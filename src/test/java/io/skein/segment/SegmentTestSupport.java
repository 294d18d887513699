package io.skein.segment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the store-backed segment and offer tests: one shared application context whose clock tests
 * move, and helpers that ingest records and events as a source system would.
 */
@SkeinTest
public abstract class SegmentTestSupport {

	/** "Now" at the start of every test. */
	public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private static TestClock clock;

	@Autowired
	void useClock(TestClock testClock) {
		clock = testClock;
	}

	@Autowired
	protected IngestService ingest;

	protected static TestClock time() {
		return clock;
	}

	@BeforeEach
	void resetClock() {
		clock.set(NOW);
	}

	protected String record(String source, String sourceId, Map<String, Object> fields) {
		Map<String, Object> record = new HashMap<>(fields);
		record.put("source", source);
		record.put("sourceId", sourceId);
		IngestResult result = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(result.errors()).isEmpty();
		return result.customerId();
	}

	protected String event(String eventId, String type, String email, Instant at, Map<String, Object> properties) {
		Map<String, Object> event = new HashMap<>();
		event.put("eventId", eventId);
		event.put("type", type);
		event.put("at", at.toString());
		event.put("channel", "web");
		event.put("identifiers", Map.of("email", email));
		event.put("properties", properties);
		IngestResult result = this.ingest.track(List.of(event), "events").get(0);
		assertThat(result.errors()).isEmpty();
		return result.customerId();
	}

}
