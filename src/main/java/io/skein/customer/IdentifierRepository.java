package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.StitchingProperties;

import org.springframework.stereotype.Repository;

/**
 * Identifiers and devices of a page of customers, one round trip each. An identifier is guarded by the
 * same rules that keep it from stitching: blocklisted, or held by more than
 * {@code skein.stitching.max-customers-per-identifier} active customers.
 */
@Repository
class IdentifierRepository {

	private final Graph graph;

	private final IdentifierNormaliser normaliser;

	private final int maxCustomersPerIdentifier;

	private final NamedQuery identifiers;

	private final NamedQuery devices;

	IdentifierRepository(Graph graph, CypherQueries queries, IdentifierNormaliser normaliser,
			StitchingProperties stitching) {
		this.graph = graph;
		this.normaliser = normaliser;
		this.maxCustomersPerIdentifier = stitching.maxCustomersPerIdentifier();
		this.identifiers = queries.get("customer/identifiers");
		this.devices = queries.get("customer/devices");
	}

	Map<String, List<IdentifierView>> identifiersOf(List<String> customerIds) {
		Map<String, List<IdentifierView>> byCustomer = new HashMap<>();
		this.graph.query(this.identifiers, Map.of("ids", customerIds), r -> r).forEach(r -> {
			String type = r.get("type").asString();
			String value = r.get("value").asString();
			boolean guarded = r.get("holders").asInt() > this.maxCustomersPerIdentifier
					|| this.normaliser.isBlocklisted(new Identifier(IdentifierType.valueOf(type), value));
			byCustomer.computeIfAbsent(r.get("customerId").asString(), k -> new ArrayList<>())
				.add(new IdentifierView(type, value, guarded));
		});
		return byCustomer;
	}

	Map<String, List<DeviceView>> devicesOf(List<String> customerIds) {
		Map<String, List<DeviceView>> byCustomer = new HashMap<>();
		this.graph.query(this.devices, Map.of("ids", customerIds), r -> r)
			.forEach(r -> byCustomer.computeIfAbsent(r.get("customerId").asString(), k -> new ArrayList<>())
				.add(new DeviceView(r.get("id").asString(), r.get("type").asString(),
						Rows.dateTime(r.get("firstSeen")), Rows.dateTime(r.get("lastSeen")))));
		return byCustomer;
	}

}
