package io.skein.orchestration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.consent.ConsentService;
import io.skein.consent.ConsentState;
import io.skein.consent.ConsentStatement;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/** A small bank for journey engine tests: customers, events and consents in, outbox and instances out. */
final class JourneyBank {

	private final IngestService ingest;

	private final ConsentService consents;

	private final Graph graph;

	private final CypherQueries queries;

	private final TestClock clock;

	private int accounts;

	/** Stops the clock at {@code now}, creates the shipped segments and returns a bank on the test's store. */
	static JourneyBank start(org.springframework.context.ApplicationContext spring, Instant now) {
		TestClock clock = spring.getBean(TestClock.class);
		clock.set(now);
		spring.getBean(io.skein.segment.ShippedSegments.class).ensure();
		return new JourneyBank(spring.getBean(IngestService.class), spring.getBean(ConsentService.class),
				spring.getBean(Graph.class), spring.getBean(CypherQueries.class), clock);
	}

	private JourneyBank(IngestService ingest, ConsentService consents, Graph graph, CypherQueries queries, TestClock clock) {
		this.ingest = ingest;
		this.consents = consents;
		this.graph = graph;
		this.queries = queries;
		this.clock = clock;
	}

	/** A customer with a record (email and phone may be null), custom attributes and accounts (product codes). */
	String customer(String sourceId, String firstName, String email, String phone, Map<String, Object> attributes,
			String... products) {
		Map<String, Object> record = new HashMap<>();
		record.put("source", "crm");
		record.put("sourceId", sourceId);
		record.put("firstName", firstName);
		record.put("lastName", "Tester" + sourceId.replaceAll("[^0-9]", ""));
		if (email != null) {
			record.put("email", email);
		}
		if (phone != null) {
			record.put("phone", phone);
		}
		record.put("attributes", attributes);
		List<Map<String, Object>> held = new ArrayList<>();
		for (String product : products) {
			this.accounts++;
			held.add(Map.of("accountNumber", String.valueOf(5_100_000_000L + this.accounts), "productCode", product,
					"openedAt", this.clock.instant().minusSeconds(86_400L * 60).toString().substring(0, 10)));
		}
		record.put("accounts", held);
		IngestResult result = this.ingest.ingestRecords(List.of(record), "records").get(0);
		assertThat(result.errors()).as("record %s", sourceId).isEmpty();
		return result.customerId();
	}

	/** An event of the customer at {@code at}. */
	void event(String customerId, String eventId, String type, Instant at, Map<String, Object> properties) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", eventId);
		event.put("type", type);
		event.put("at", at.toString());
		event.put("channel", "web");
		event.put("identifiers", Map.of("customerId", customerId));
		event.put("properties", properties);
		IngestResult result = this.ingest.track(List.of(event), "events").get(0);
		assertThat(result.errors()).as("event %s", eventId).isEmpty();
	}

	/** An app install on {@code deviceId}: the device is seen for the customer (a push can reach them). */
	void appInstalled(String customerId, String deviceId, Instant at) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", "install-" + deviceId);
		event.put("type", "App_installed");
		event.put("at", at.toString());
		event.put("channel", "app");
		event.put("deviceId", deviceId);
		event.put("identifiers", Map.of("customerId", customerId));
		IngestResult result = this.ingest.track(List.of(event), "events").get(0);
		assertThat(result.errors()).as("install %s", deviceId).isEmpty();
	}

	void grant(String customerId, ConsentPurpose purpose, ConsentChannel... channels) {
		for (ConsentChannel channel : channels) {
			this.consents.set(new ConsentStatement(customerId, channel, purpose, ConsentState.GRANTED, "test_form",
					this.clock.instant().minusSeconds(3600), "form-1"));
		}
	}

	/** Every outbox message as stored. */
	List<Map<String, Object>> outbox() {
		return this.graph.query(this.queries.get("test/outbox"), Map.of(), r -> r.get("message").asMap());
	}

	/** Outbox messages of one customer. */
	List<Map<String, Object>> outbox(String customerId) {
		return outbox().stream().filter(m -> customerId.equals(m.get("customerId"))).toList();
	}

	/** Every instance as stored, with its step log under {@code runs}. */
	List<Map<String, Object>> instances() {
		return this.graph.query(this.queries.get("test/journey-instances"), Map.of(), r -> {
			Map<String, Object> instance = new HashMap<>(r.get("instance").asMap());
			instance.put("runs", r.get("runs").asList(v -> v.asMap()));
			return instance;
		});
	}

	List<Map<String, Object>> instancesOf(String customerId) {
		return instances().stream().filter(i -> customerId.equals(i.get("customerId"))).toList();
	}

	@SuppressWarnings("unchecked")
	static List<String> outcomes(Map<String, Object> instance) {
		return ((List<Map<String, Object>>) instance.get("runs")).stream()
			.map(r -> r.get("stepId") + ":" + r.get("outcome"))
			.toList();
	}

}
