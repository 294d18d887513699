package io.skein.ingest;

import java.util.Map;

/**
 * A behavioural event (page view, application step, branch visit, payment...) as received: the contract
 * shared by GraphQL's {@code EventInput} and NDJSON lines that carry an {@code eventId}. Idempotent on
 * {@code eventId}.
 */
public record EventInput(String eventId, String type, String at, String channel, String anonymousId, String deviceId,
		Identifiers identifiers, Map<String, Object> properties) {

	public EventInput {
		identifiers = identifiers == null ? Identifiers.NONE : identifiers;
		properties = properties == null ? Map.of() : properties;
	}

	/** What the event knows about who did it; any may be absent. */
	public record Identifiers(String email, String phone, String accountNumber, String customerId, String source,
			String sourceId) {

		static final Identifiers NONE = new Identifiers(null, null, null, null, null, null);

	}

}
