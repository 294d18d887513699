package io.skein.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** The outbox in the store: claims, outcomes and reads, each one named query. */
@Repository
public class Outbox {

	private final Graph graph;

	private final NamedQuery claim;

	private final NamedQuery markSent;

	private final NamedQuery markFailed;

	private final NamedQuery waiting;

	private final NamedQuery page;

	private final NamedQuery customerMessages;

	public Outbox(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.claim = queries.get("delivery/claim");
		this.markSent = queries.get("delivery/mark-sent");
		this.markFailed = queries.get("delivery/mark-failed");
		this.waiting = queries.get("delivery/waiting");
		this.page = queries.get("delivery/page");
		this.customerMessages = queries.get("delivery/customer-messages");
	}

	/** Claims up to {@code limit} due messages of these channels for {@code owner} until {@code until}. */
	List<OutboxMessage> claim(String owner, Collection<OutboxChannel> channels, Instant now, Instant until, int limit) {
		if (channels.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("owner", owner);
		params.put("channels", channels.stream().map(Enum::name).toList());
		params.put("now", utc(now));
		params.put("until", utc(until));
		params.put("limit", limit);
		return this.graph.write(tx -> tx.query(this.claim, params, r -> message(r.get("m"))));
	}

	/** Marks a message SENT; null when it already was. */
	OutboxMessage markSent(String key, Instant now) {
		return this.graph.write(tx -> tx.query(this.markSent, Map.of("key", key, "now", utc(now)), r -> message(r.get("m"))))
			.stream().findFirst().orElse(null);
	}

	/**
	 * Records a failed attempt by the claim's owner: {@code status} PENDING with {@code next}, or DEAD or
	 * FAILED (with {@code reason}). Null when the claim was lost meanwhile.
	 */
	OutboxMessage markFailed(String key, String owner, OutboxStatus status, Instant now, Instant next, String error,
			String reason) {
		Map<String, Object> params = new HashMap<>();
		params.put("key", key);
		params.put("owner", owner);
		params.put("status", status.name());
		params.put("now", utc(now));
		params.put("next", next == null ? null : utc(next));
		params.put("error", error);
		params.put("reason", reason);
		return this.graph.write(tx -> tx.query(this.markFailed, params, r -> message(r.get("m")))).stream().findFirst()
			.orElse(null);
	}

	/** PENDING or SENDING messages per channel. */
	Map<OutboxChannel, Long> waiting() {
		Map<OutboxChannel, Long> counts = new EnumMap<>(OutboxChannel.class);
		this.graph.query(this.waiting, Map.of(), r -> r).forEach(r -> {
			OutboxChannel channel = channel(r.get("channel").asString(null));
			if (channel != null) {
				counts.merge(channel, r.get("waiting").asLong(), Long::sum);
			}
		});
		return counts;
	}

	/** Up to {@code limit} messages, newest first, after ({@code afterAt}, {@code afterKey}). */
	List<OutboxMessage> page(OutboxStatus status, Instant afterAt, String afterKey, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("status", status == null ? null : status.name());
		params.put("afterAt", afterAt == null ? null : utc(afterAt));
		params.put("afterKey", afterKey);
		params.put("limit", limit);
		return this.graph.query(this.page, params, r -> message(r.get("m")));
	}

	/** The newest {@code first} messages of each customer (with those merged into it), newest first. */
	Map<String, List<OutboxMessage>> messagesOf(List<String> customerIds, int first) {
		Map<String, List<OutboxMessage>> byCustomer = new LinkedHashMap<>();
		this.graph.query(this.customerMessages, Map.of("ids", customerIds, "first", first), r -> r)
			.forEach(r -> byCustomer.put(r.get("customerId").asString(), r.get("messages").asList(Outbox::message)));
		return byCustomer;
	}

	static OutboxMessage message(Value m) {
		return new OutboxMessage(m.get("key").asString(), m.get("customerId").asString(null),
				channel(m.get("channel").asString(null)), m.get("recipient").asString(null), m.get("subject").asString(null),
				m.get("body").asString(null), m.get("purpose").asString(null),
				OutboxStatus.valueOf(m.get("status").asString("PENDING")), m.get("attempts").asInt(0), instant(m.get("nextAttemptAt")),
				instant(m.get("createdAt")), instant(m.get("sentAt")), m.get("lastError").asString(null),
				m.get("failureReason").asString(null), m.get("claimedBy").asString(null), instant(m.get("claimUntil")),
				m.get("journeyKey").asString(null), m.get("journeyVersion").isNull() ? null : m.get("journeyVersion").asLong(),
				m.get("instanceId").asString(null), m.get("stepId").asString(null));
	}

	private static OutboxChannel channel(String name) {
		for (OutboxChannel channel : OutboxChannel.values()) {
			if (channel.name().equals(name)) {
				return channel;
			}
		}
		return null;
	}

	private static Instant instant(Value value) {
		return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
	}

	static ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
