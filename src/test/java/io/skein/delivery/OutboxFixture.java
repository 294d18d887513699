package io.skein.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;

/** Writes outbox messages in the journey engine's shape and reads them back, for the delivery tests. */
public final class OutboxFixture {

	private final Graph graph;

	private final CypherQueries queries;

	public OutboxFixture(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	/** A PENDING message due at {@code due}, created then, with a journey's bookkeeping. */
	public static Map<String, Object> message(String key, String customerId, OutboxChannel channel, String recipient,
			String subject, String body, Instant due) {
		Map<String, Object> m = new HashMap<>();
		m.put("key", key);
		m.put("customerId", customerId);
		m.put("channel", channel.name());
		m.put("recipient", recipient);
		m.put("subject", subject);
		m.put("body", body);
		m.put("purpose", "SERVICE");
		m.put("nextAttemptAt", due.toString());
		m.put("createdAt", due.toString());
		m.put("journeyKey", "emi-reminder");
		m.put("journeyVersion", 1L);
		m.put("instanceId", "ji-" + key);
		m.put("stepId", "due-in-7");
		return m;
	}

	public void write(List<Map<String, Object>> messages) {
		this.graph.execute(this.queries.get("test/outbox-create"), Map.of("messages", messages));
	}

	Map<String, OutboxMessage> all() {
		return this.graph.query(this.queries.get("test/outbox-messages"), Map.of(), r -> Outbox.message(r.get("m")))
			.stream()
			.collect(Collectors.toMap(OutboxMessage::key, Function.identity()));
	}

	OutboxMessage get(String key) {
		return all().get(key);
	}

}
