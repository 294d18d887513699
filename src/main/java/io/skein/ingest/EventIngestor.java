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
import io.skein.identity.IdentityWorkspace;
import io.skein.identity.WriteLocks;
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

	private final IdentityStitcher stitcher;

	private final Clock clock;

	private final NamedQuery find;

	private final WriteLocks locks;

	private final List<EventCheck> checks;

	EventIngestor(CypherQueries queries, IdentifierNormaliser normaliser, EventAttribution attribution,
			IdentityStitcher stitcher, Clock clock, WriteLocks locks, List<EventCheck> checks) {
		this.locks = locks;
		this.checks = List.copyOf(checks);
		this.stitcher = stitcher;
		this.normaliser = normaliser;
		this.attribution = attribution;
		this.clock = clock;
		this.find = queries.get("ingest/find-events");
	}

	/** An event checked and normalised, ready to write; or the rejection. */
	record Prepared(int index, EventInput event, EventAttribution.Claims claims, Map<String, Object> props,
			String hash, List<String> warnings, IngestResult rejected) {

		static Prepared rejected(IngestResult rejected) {
			return new Prepared(rejected.index(), null, null, null, null, List.of(), rejected);
		}

		/** What {@link IngestGuard}s are asked about: its identifiers, and the customer or record it names. */
		java.util.Set<String> guardKeys() {
			java.util.Set<String> keys = new java.util.HashSet<>();
			this.claims.strong().forEach(i -> keys.add(i.key()));
			this.claims.anonymous().forEach(i -> keys.add(i.key()));
			if (this.claims.customerId() != null) {
				keys.add("CUSTOMER:" + this.claims.customerId());
			}
			if (this.claims.source() != null && this.claims.sourceId() != null) {
				keys.add("RECORD:" + io.skein.identity.Ids.sourceRecord(this.claims.source(), this.claims.sourceId()));
			}
			return keys;
		}

		/** When it happened, as stored on the interaction. */
		Instant at() {
			return ((java.time.ZonedDateTime) this.props.get("at")).toInstant();
		}

	}

	/** An event item parsed, checked (its shape, then each {@link EventCheck}) and prepared; or the rejection. */
	Prepared prepare(IngestService.Item item) {
		InputParser.Parsed<EventInput> parsed = InputParser.event(item.json(), item.path());
		if (!parsed.isValid()) {
			return Prepared.rejected(IngestResult.rejected(item.index(), parsed.errors()));
		}
		List<ItemError> contentErrors = new ArrayList<>();
		this.checks.forEach(check -> contentErrors.addAll(check.check(parsed.input(), item.path())));
		if (!contentErrors.isEmpty()) {
			return Prepared.rejected(IngestResult.rejected(item.index(), contentErrors));
		}
		return prepare(item.index(), parsed.input(), item.json(), item.path());
	}

	Prepared prepare(int index, EventInput event, Map<String, Object> raw, String path) {
		List<String> warnings = new ArrayList<>();
		List<Identifier> strong = new ArrayList<>();
		this.normaliser.normaliseInto(strong, IdentifierType.EMAIL, "identifiers.email",
				event.identifiers().email(), warnings);
		this.normaliser.normaliseInto(strong, IdentifierType.ACCOUNT_NUMBER, "identifiers.accountNumber",
				event.identifiers().accountNumber(), warnings);
		this.normaliser.normaliseInto(strong, IdentifierType.PHONE, "identifiers.phone",
				event.identifiers().phone(), warnings);
		List<Identifier> anonymous = new ArrayList<>();
		this.normaliser.normaliseInto(anonymous, IdentifierType.COOKIE, "anonymousId",
				event.anonymousId(), warnings);
		this.normaliser.normaliseInto(anonymous, IdentifierType.DEVICE, "deviceId",
				event.deviceId(), warnings);
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

	/**
	 * Writes prepared events inside the caller's transaction, in order: one query finds which are stored,
	 * one reads who holds their identifiers, then each is attributed through one workspace, which stores
	 * the new interactions together.
	 */
	List<IngestResult> writeAll(Graph.Tx tx, List<Prepared> batch) {
		Instant now = this.clock.instant();
		Map<String, Record> stored = new HashMap<>();
		List<String> eventIds = batch.stream().map(p -> p.event().eventId()).toList();
		tx.run(this.find, Map.of("eventIds", eventIds)).forEach(r -> stored.put(r.get("eventId").asString(), r));
		IdentityWorkspace ws = this.stitcher.workspace(tx, now);
		List<EventAttribution.Claims> fresh = batch.stream()
			.filter(p -> !stored.containsKey(p.event().eventId()))
			.map(Prepared::claims)
			.toList();
		// the identifiers are locked before who holds them is read: see WriteLocks
		java.util.Set<String> firstOccurrence = new java.util.HashSet<>();
		this.locks.identifiers(tx, batch.stream()
			.filter(p -> !stored.containsKey(p.event().eventId()) && firstOccurrence.add(p.event().eventId()))
			.flatMap(p -> java.util.stream.Stream.concat(p.claims().strong().stream(), p.claims().anonymous().stream()))
			.toList());
		ws.prefetch(fresh.stream().flatMap(c -> java.util.stream.Stream.concat(c.strong().stream(), c.anonymous().stream())).toList());
		EventAttribution.Claimed claimed = this.attribution.resolveClaims(ws, fresh);
		Map<String, String> storedInBatch = new HashMap<>();
		IngestResult[] results = new IngestResult[batch.size()];
		List<String> storedCustomers = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Prepared p = batch.get(i);
			String eventId = p.event().eventId();
			List<String> warnings = new ArrayList<>(p.warnings());
			Record earlier = stored.get(eventId);
			if (earlier != null || storedInBatch.containsKey(eventId)) {
				String earlierHash = earlier != null ? earlier.get("payloadHash").asString(null) : storedInBatch.get(eventId);
				if (!p.hash().equals(earlierHash)) {
					warnings.add("eventId " + eventId + " was stored earlier with other content; kept the first");
				}
				String customerId = earlier != null ? earlier.get("customerId").asString(null) : null;
				storedCustomers.add(customerId);
				results[i] = new IngestResult(p.index(), IngestStatus.UNCHANGED, customerId, List.copyOf(warnings),
						List.of());
				continue;
			}
			EventAttribution.Attributed target = this.attribution.attribute(ws, claimed, p.claims(), eventId);
			warnings.addAll(target.warnings());
			ws.addInteraction(target.customerId(), eventId, p.props(), target.rememberedIdentifiers());
			storedInBatch.put(eventId, p.hash());
			results[i] = new IngestResult(p.index(), IngestStatus.CREATED, target.customerId(), List.copyOf(warnings),
					List.of());
		}
		ws.flush();
		Map<String, String> resolved = ws.resolveStored(storedCustomers.stream().filter(java.util.Objects::nonNull).toList());
		List<IngestResult> out = new ArrayList<>();
		for (IngestResult r : results) {
			String id = r.customerId() == null ? null : resolved.getOrDefault(r.customerId(), ws.resolve(r.customerId()));
			out.add(new IngestResult(r.index(), r.status(), id, r.warnings(), r.errors()));
		}
		return out;
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
