package io.skein.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery outcomes as events on the customer, through ingestion like any other event (so they join the
 * timeline, segments and whatever learns from delivery feedback): {@code message_delivered} when the
 * provider accepted a message, {@code message_bounced} for a hard bounce, {@code message_failed} for a dead
 * letter. The event id is {@code delivery:<type>:<key>}, so an outcome recorded twice is one event; the
 * properties carry the message key, channel, purpose and journey, never the recipient or the text. A
 * failure to record one is logged and does not undo the outcome, which the message's status holds anyway.
 */
public class DeliveryFeedback {

	static final String DELIVERED = "message_delivered";

	static final String BOUNCED = "message_bounced";

	static final String FAILED = "message_failed";

	private static final Logger log = LoggerFactory.getLogger(DeliveryFeedback.class);

	private final IngestService ingest;

	/** {@code ingest} null: outcomes stay on the messages only. */
	public DeliveryFeedback(IngestService ingest) {
		this.ingest = ingest;
	}

	void outcome(OutboxMessage message, String type, Instant at) {
		if (this.ingest == null || message.customerId() == null) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("messageKey", message.key());
		properties.put("messageChannel", message.channel().name());
		put(properties, "purpose", message.purpose());
		put(properties, "journeyKey", message.journeyKey());
		put(properties, "stepId", message.stepId());
		properties.put("attempts", message.attempts());
		put(properties, "reason", message.failureReason());
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", "delivery:" + type + ":" + message.key());
		event.put("type", type);
		event.put("at", at.toString());
		put(event, "channel", channel(message.channel()));
		event.put("identifiers", Map.of("customerId", message.customerId()));
		event.put("properties", properties);
		try {
			IngestResult result = this.ingest.trackEvent(0, event, "delivery");
			if (result.status() == IngestStatus.REJECTED) {
				log.warn("The {} event of {} was not stored: {}", type, message, result.errors());
			}
		}
		catch (RuntimeException ex) {
			log.warn("The {} event of {} was not stored: {}", type, message, ex.toString());
		}
	}

	/** The interaction channel an outcome is recorded under (push arrives in the app). */
	private static String channel(OutboxChannel channel) {
		return switch (channel) {
			case EMAIL -> "EMAIL";
			case SMS -> "SMS";
			case WHATSAPP -> "WHATSAPP";
			case PUSH -> "APP";
			case WEBHOOK -> null;
		};
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
