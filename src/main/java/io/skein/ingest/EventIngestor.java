package io.skein.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.EventAttribution;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.Normalised;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Writes one behavioural event as an Interaction on the customer its identifiers point at, or on an
 * anonymous profile for its cookie or device. An event that ties a cookie or device to a known
 * identifier (a login) moves that anonymous history to the customer. Idempotent on eventId.
 */
@Component
class EventIngestor {

	private static final List<String> CATEGORY_KEYS = List.of("category", "Page category", "pageCategory",
			"page_category");

	private final IdentifierNormaliser normaliser;

	private final EventAttribution attribution;

	private final Clock clock;

	private final NamedQuery find;

	private final NamedQuery create;

	EventIngestor(CypherQueries queries, IdentifierNormaliser normaliser, EventAttribution attribution,
			Clock clock) {
		this.normaliser = normaliser;
		this.attribution = attribution;
		this.clock = clock;
		this.find = queries.get("ingest/find-event");
		this.create = queries.get("ingest/create-interaction");
	}

	/** An event checked and normalised, ready to write; or the rejection. */
	record Prepared(int index, EventInput event, EventAttribution.Claims claims, Map<String, Object> props,
			String hash, List<String> warnings, IngestResult rejected) {
	}

	Prepared prepare(int index, EventInput event, Map<String, Object> raw, String path) {
		List<String> warnings = new ArrayList<>();
		List<Identifier> strong = new ArrayList<>();
		add(strong, IdentifierType.EMAIL, "identifiers.email", event.identifiers().email(), warnings);
		add(strong, IdentifierType.ACCOUNT_NUMBER, "identifiers.accountNumber", event.identifiers().accountNumber(),
				warnings);
		add(strong, IdentifierType.PHONE, "identifiers.phone", event.identifiers().phone(), warnings);
		List<Identifier> anonymous = new ArrayList<>();
		add(anonymous, IdentifierType.COOKIE, "anonymousId", event.anonymousId(), warnings);
		add(anonymous, IdentifierType.DEVICE, "deviceId", event.deviceId(), warnings);
		EventAttribution.Claims claims = new EventAttribution.Claims(event.identifiers().customerId(),
				event.identifiers().source(), event.identifiers().sourceId(), strong, anonymous);
		if (claims.isEmpty()) {
			return new Prepared(index, event, claims, null, null, warnings, IngestResult.rejected(index,
					List.of(ItemError.badRequest(path + ".identifiers",
							"an event needs identifiers, an anonymousId or a deviceId"))));
		}
		Instant now = this.clock.instant();
		Instant at = at(event.at(), now, warnings);
		String channel = Channels.normalise(event.channel());
		if (channel == null) {
			if (event.channel() != null) {
				warnings.add("channel: unknown channel " + event.channel() + "; stored as OTHER");
			}
			channel = "OTHER";
		}
		String payloadJson = Json.canonical(raw);
		String hash = Json.sha256(payloadJson);
		Map<String, Object> props = new HashMap<>(PropertyValues.prefixed("prop.", event.properties()));
		props.put("type", event.type());
		props.put("channel", channel);
		props.put("at", IdentityStitcher.at(at));
		props.put("receivedAt", IdentityStitcher.at(now));
		props.put("properties", Json.canonical(event.properties()));
		props.put("payloadHash", hash);
		if (claims.source() != null && claims.sourceId() != null) {
			// which record the event names, so that a split can move the event with that record
			props.put("claimedRecordId", io.skein.identity.Ids.sourceRecord(claims.source(), claims.sourceId()));
		}
		String category = category(event.properties());
		if (category != null) {
			props.put("category", category);
		}
		return new Prepared(index, event, claims, props, hash, warnings, null);
	}

	/** Writes a prepared event inside the caller's transaction. */
	IngestResult write(Graph.Tx tx, Prepared p) {
		Instant now = this.clock.instant();
		EventInput event = p.event();
		int index = p.index();
		String hash = p.hash();
		List<String> warnings = new ArrayList<>(p.warnings());
		EventAttribution.Claims claims = p.claims();
		Map<String, Object> props = p.props();
		{
			List<Record> existing = tx.run(this.find, Map.of("eventId", event.eventId()));
			if (!existing.isEmpty()) {
				List<String> notes = new ArrayList<>(warnings);
				if (!hash.equals(existing.get(0).get("payloadHash").asString(null))) {
					notes.add("eventId " + event.eventId() + " was stored earlier with other content; kept the first");
				}
				String customerId = existing.get(0).get("customerId").asString(null);
				String resolved = customerId == null ? null : this.attribution.resolve(tx, customerId);
				return new IngestResult(index, IngestStatus.UNCHANGED, resolved, List.copyOf(notes), List.of());
			}
			EventAttribution.Attributed target = this.attribution.attribute(tx, claims, event.eventId(), now);
			warnings.addAll(target.warnings());
			List<Map<String, Object>> seen = new ArrayList<>();
			target.rememberedIdentifiers().forEach(i -> seen.add(i.asParameter()));
			tx.run(this.create, Map.of("customerId", target.customerId(), "eventId", event.eventId(), "props", props,
					"identifiers", seen));
			return new IngestResult(index, IngestStatus.CREATED, target.customerId(), List.copyOf(warnings), List.of());
		}
	}

	private void add(List<Identifier> out, IdentifierType type, String field, String raw, List<String> warnings) {
		if (raw == null || raw.isBlank()) {
			return;
		}
		Normalised normalised = this.normaliser.normalise(type, raw);
		if (normalised.isValid()) {
			out.add(normalised.identifier());
		}
		else {
			warnings.add(field + ": " + normalised.problem() + " (" + raw + "); kept raw, not used to stitch");
		}
	}

	private static Instant at(String raw, Instant now, List<String> warnings) {
		if (raw == null || raw.isBlank()) {
			warnings.add("at: missing; the time of receipt is used");
			return now;
		}
		try {
			return OffsetDateTime.parse(raw.strip()).toInstant();
		}
		catch (DateTimeException ex) {
			warnings.add("at: not an ISO-8601 instant (" + raw + "); the time of receipt is used");
			return now;
		}
	}

	private static String category(Map<String, Object> properties) {
		for (String key : CATEGORY_KEYS) {
			if (properties.get(key) instanceof String s && !s.isBlank()) {
				return s.strip();
			}
		}
		return null;
	}

}
