package io.skein.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Repository;

/** The devices of a page of customers, in one round trip. */
@Repository
class DeviceRepository {

	private final Graph graph;

	private final NamedQuery devices;

	DeviceRepository(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.devices = queries.get("customer/devices");
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
