package io.skein.purpose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.InteractionView;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.Json;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** Reads what discovery needs and writes what it found, a batch of customers per round trip. */
@Repository
class PurposeRepository {

	private final Graph graph;

	private final NamedQuery activity;

	private final NamedQuery replace;

	private final NamedQuery customerIds;

	PurposeRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.activity = queries.get("purpose/activity");
		this.replace = queries.get("purpose/replace");
		this.customerIds = queries.get("purpose/customer-ids");
	}

	/** A customer's interactions and open holdings. */
	record CustomerActivity(String customerId, List<Activity> activities, List<Holding> holdings) {
	}

	List<CustomerActivity> activityOf(Graph.Tx tx, List<String> customerIds, Instant since) {
		return tx.query(this.activity, Map.of("ids", customerIds, "since", since.atZone(ZoneOffset.UTC)),
				r -> new CustomerActivity(r.get("customerId").asString(),
						r.get("interactions").asList(Activity::of),
						r.get("holdings").asList(PurposeRepository::holding)));
	}

	void replace(Graph.Tx tx, Map<String, List<DiscoveredPurpose>> byCustomer) {
		List<Map<String, Object>> rows = new ArrayList<>();
		byCustomer.forEach((customerId, purposes) -> rows.add(Map.of("customerId", customerId, "purposes",
				purposes.stream().map(PurposeRepository::parameter).toList())));
		tx.run(this.replace, Map.of("customers", rows));
	}

	List<String> customerIds(String after, int limit) {
		return this.graph.query(this.customerIds, Map.of("after", after, "limit", limit), r -> r.get("id").asString());
	}

	private static Map<String, Object> parameter(DiscoveredPurpose p) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("type", p.type().name());
		props.put("stage", p.stage().name());
		props.put("confidence", p.confidence());
		props.put("silenceDays", p.silenceDays());
		props.put("evidenceCount", p.evidence().size());
		if (p.firstActivity() != null) {
			props.put("firstActivity", p.firstActivity().atZone(ZoneOffset.UTC));
			props.put("lastActivity", p.lastActivity().atZone(ZoneOffset.UTC));
		}
		List<Map<String, Object>> evidence = p.evidence().stream()
			.map(e -> Map.<String, Object>of("eventId", e.activity().eventId(), "role", e.role(), "stage",
					e.stageHint().name(), "weight", e.weight(), "reason", e.reason()))
			.toList();
		List<String> accounts = p.convertedBy() == null ? List.of() : List.of(p.convertedBy().accountNumber());
		return Map.of("id", p.id(), "props", props, "evidence", evidence, "accounts", accounts);
	}

	private static Holding holding(Value h) {
		return new Holding(h.get("number").asString(), text(h.get("productCode")), date(text(h.get("openedAt"))));
	}

	static String text(Value v) {
		return v == null || v.isNull() ? null : v.asString();
	}

	static ZonedDateTime dateTime(Value v) {
		return v == null || v.isNull() ? null : v.asZonedDateTime();
	}

	private static LocalDate date(String text) {
		if (text == null || text.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
