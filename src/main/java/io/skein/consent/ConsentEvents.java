package io.skein.consent;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.CustomerChanged;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.EventCheck;
import io.skein.ingest.EventInput;
import io.skein.ingest.ItemError;
import io.skein.ingest.Json;
import org.neo4j.driver.Record;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Consent through ingestion: an event of type {@value #TYPE} with properties {@code channel} (EMAIL, SMS,
 * PUSH, WHATSAPP or CALL), {@code purpose} (MARKETING, SERVICE or REMINDERS), {@code granted} (a boolean)
 * and optionally {@code source} (default: the event's channel, e.g. APP) and {@code proof} (default:
 * {@code event:<eventId>}). The event's {@code at} is when the customer said it. A malformed one is rejected
 * at ingestion naming the property; a stored one is applied to its customer's consents when derived state
 * is updated (before the call returns in sync upkeep, shortly after in async), latest {@code at} winning.
 */
@Component
class ConsentEvents implements EventCheck {

	static final String TYPE = "consent_updated";

	private final Graph graph;

	private final ConsentService consents;

	private final Clock clock;

	private final NamedQuery statements;

	ConsentEvents(Graph graph, CypherQueries queries, ConsentService consents, Clock clock) {
		this.graph = graph;
		this.consents = consents;
		this.clock = clock;
		this.statements = queries.get("consent/statements");
	}

	@Override
	public List<ItemError> check(EventInput event, String path) {
		if (!TYPE.equals(event.type())) {
			return List.of();
		}
		List<ItemError> errors = new ArrayList<>();
		Map<String, Object> p = event.properties();
		String at = path + ".properties.";
		if (parse(ConsentChannel.class, p.get("channel")) == null) {
			errors.add(ItemError.badRequest(at + "channel", "must be one of EMAIL, SMS, PUSH, WHATSAPP, CALL (was "
					+ shown(p.get("channel")) + ")"));
		}
		if (parse(ConsentPurpose.class, p.get("purpose")) == null) {
			errors.add(ItemError.badRequest(at + "purpose", "must be one of MARKETING, SERVICE, REMINDERS (was "
					+ shown(p.get("purpose")) + ")"));
		}
		if (!(p.get("granted") instanceof Boolean)) {
			errors.add(ItemError.badRequest(at + "granted", "must be true or false (was " + shown(p.get("granted")) + ")"));
		}
		if (p.containsKey("source")) {
			String problem = p.get("source") instanceof String s ? ConsentStatement.sourceProblem(s) : "must be text";
			if (problem != null) {
				errors.add(ItemError.badRequest(at + "source", problem));
			}
		}
		if (p.containsKey("proof")) {
			String problem = p.get("proof") instanceof String s ? ConsentStatement.proofProblem(s) : "must be text";
			if (problem != null) {
				errors.add(ItemError.badRequest(at + "proof", problem));
			}
		}
		Instant when = instant(event.at());
		if (when != null && when.isAfter(this.clock.instant().plus(ConsentService.MAX_AHEAD))) {
			errors.add(ItemError.badRequest(path + ".at", "a consent statement cannot be dated in the future"));
		}
		return errors;
	}

	/** Applies the consent events of changed customers; replays change nothing (statements are idempotent). */
	@EventListener
	void on(CustomersChanged changed) {
		List<String> ids = changed.changes()
			.stream()
			.filter(c -> TYPE.equals(c.eventType()))
			.map(CustomerChanged::customerId)
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return;
		}
		List<ConsentStatement> found = this.graph.query(this.statements, Map.of("customerIds", ids),
				ConsentEvents::statement);
		List<ConsentStatement> valid = found.stream().filter(java.util.Objects::nonNull).toList();
		this.graph.write(tx -> {
			this.consents.setAll(tx, valid);
			return null;
		});
	}

	/** A stored event as a statement; null for one that does not read as one (stored before this check existed). */
	private static ConsentStatement statement(Record row) {
		Map<String, Object> p = Json.parseObject(row.get("properties").asString("{}"));
		ConsentChannel channel = parse(ConsentChannel.class, p.get("channel"));
		ConsentPurpose purpose = parse(ConsentPurpose.class, p.get("purpose"));
		if (channel == null || purpose == null || !(p.get("granted") instanceof Boolean granted)) {
			return null;
		}
		String eventId = row.get("eventId").asString();
		String source = p.get("source") instanceof String s ? s : row.get("eventChannel").asString("OTHER");
		String proof = p.get("proof") instanceof String s ? s : "event:" + eventId;
		if (ConsentStatement.sourceProblem(source) != null) {
			return null;
		}
		if (ConsentStatement.proofProblem(proof) != null) {
			proof = null;
		}
		return new ConsentStatement(row.get("customerId").asString(), channel, purpose,
				granted ? ConsentState.GRANTED : ConsentState.WITHDRAWN, source, row.get("at").asZonedDateTime().toInstant(),
				proof);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
		if (!(value instanceof String s)) {
			return null;
		}
		try {
			return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant instant(String at) {
		try {
			return at == null ? null : OffsetDateTime.parse(at.strip()).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String shown(Object value) {
		String text = String.valueOf(value);
		return text.length() > 20 ? text.substring(0, 20) + "..." : text;
	}

}
