package io.skein.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.household.Households;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Erases a customer's personal data in one write transaction: see {@code cypher/privacy/erase-apply}.
 * The identifiers only this customer used, its record keys and its customer ids (absorbed ones too) are
 * remembered as salted hashes, so that ingestion refuses a later record or event that would revive them.
 * Identifiers shared with other customers are detached from this customer but neither deleted nor
 * remembered: they are the other customers' data too.
 */
@Service
public class ErasureService {

	private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

	private final Graph graph;

	private final Clock clock;

	private final ErasedIdentifiers erased;

	private final Households households;

	private final NamedQuery scope;

	private final NamedQuery apply;

	ErasureService(Graph graph, CypherQueries queries, Clock clock, ErasedIdentifiers erased, Households households) {
		this.graph = graph;
		this.households = households;
		this.clock = clock;
		this.erased = erased;
		this.scope = queries.get("privacy/erase-scope");
		this.apply = queries.get("privacy/erase-apply");
	}

	/**
	 * Erases the customer {@code id} resolves to. Idempotent: erasing a customer with nothing left to
	 * erase returns its last erasure and changes nothing.
	 */
	public Erasure erase(String id, String reason, String actor) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInputException("reason", "must be 1 to 500 characters (and contain no personal data)");
		}
		if (id == null || id.isBlank()) {
			throw new InvalidInputException("id", "is required");
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		String erasureId = "e-" + UUID.randomUUID();
		List<String> householdMembers = new ArrayList<>();
		Erasure erasure = this.graph.write(tx -> {
			List<Record> rows = tx.run(this.scope, Map.of("id", id));
			if (rows.isEmpty()) {
				throw new NotFoundException("id", "no customer " + id);
			}
			Record s = rows.get(0);
			if (!s.get("alreadyErased").isNull()) {
				return previous(s.get("alreadyErased"));
			}
			String customerId = s.get("customerId").asString();
			List<String> records = s.get("records").asList(v -> v.asString());
			List<String> remembered = new ArrayList<>(s.get("exclusive").asList(v -> v.asString()));
			records.forEach(r -> remembered.add("RECORD:" + r));
			remembered.add("CUSTOMER:" + customerId);
			s.get("absorbed").asList(v -> v.asString()).forEach(a -> remembered.add("CUSTOMER:" + a));
			List<String> hashes = this.erased.hashes(remembered);
			int interactions = s.get("interactions").asInt();
			Map<String, Object> params = new HashMap<>();
			params.put("customerId", customerId);
			params.put("erasureId", erasureId);
			params.put("at", now);
			params.put("reason", reason.strip());
			params.put("actor", actor);
			params.put("tombstone", "{\"erased\":true,\"erasureId\":\"" + erasureId + "\"}");
			params.put("identifierKeys", s.get("identifierKeys").asList(v -> v.asString()));
			params.put("accounts", s.get("accounts").asList(v -> v.asString()));
			params.put("hashes", hashes);
			List<String> customers = new ArrayList<>(s.get("absorbed").asList(v -> v.asString()));
			customers.add(customerId);
			params.put("customers", customers);
			params.put("records", records);
			params.put("exclusive", s.get("exclusive").asList(v -> v.asString()));
			householdMembers.clear(); // a retried transaction starts again
			householdMembers.addAll(s.get("householdMembers").asList(v -> v.asString()));
			params.put("recordCount", records.size());
			params.put("interactionCount", interactions);
			tx.run(this.apply, params);
			return new Erasure(erasureId, now, reason.strip(), actor, customerId, records.size(), interactions,
					hashes.size());
		});
		if (!erasure.id().equals(erasureId)) {
			return erasure;
		}
		// The household the erased customer left is recomputed for the others (it may no longer be one).
		try {
			this.households.recompute(householdMembers);
		}
		catch (RuntimeException ex) {
			// the erasure is committed and the erased customer is in no household; only the others' is stale
			log.warn("Erasure {}: recomputing the household of {} failed; the next change to them recomputes it",
					erasureId, householdMembers, ex);
		}
		log.info("Erased customer {} ({} records, {} interactions) as {} by {}", erasure.customerId(),
				erasure.recordCount(), erasure.interactionCount(), erasure.id(), actor);
		return erasure;
	}

	private static Erasure previous(org.neo4j.driver.Value e) {
		return new Erasure(e.get("id").asString(), e.get("at").asZonedDateTime(), e.get("reason").asString(),
				e.get("actor").asString(), e.get("customerId").asString(), e.get("recordCount").asInt(),
				e.get("interactionCount").asInt(), e.get("erasedIdentifierCount").asInt());
	}

}
