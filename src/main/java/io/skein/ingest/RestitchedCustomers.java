package io.skein.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.skein.graph.Graph;
import io.skein.identity.CustomersRestitched;
import io.skein.identity.IdentityStitcher;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Steward actions and resolution runs move records between customers outside ingestion; this hands the
 * customers they touched, as they are now (an absorbed id becomes its survivor), to derived-state upkeep
 * like any ingested batch, so segments, purposes and drop-offs follow at once.
 */
@Component
class RestitchedCustomers {

	static final String KIND = "RESTITCHED";

	private final Graph graph;

	private final IdentityStitcher stitcher;

	private final DerivedStateUpkeep upkeep;

	RestitchedCustomers(Graph graph, IdentityStitcher stitcher, DerivedStateUpkeep upkeep) {
		this.graph = graph;
		this.stitcher = stitcher;
		this.upkeep = upkeep;
	}

	@EventListener
	void on(CustomersRestitched restitched) {
		Set<String> active = new LinkedHashSet<>();
		if (restitched.active()) {
			active.addAll(restitched.customerIds()); // as the change committed: no read on the writer's thread
		}
		else {
			Map<String, String> current = this.graph.read(tx -> this.stitcher.resolve(tx, restitched.customerIds()));
			restitched.customerIds().stream().map(current::get).filter(Objects::nonNull).forEach(active::add);
		}
		if (!active.isEmpty()) {
			this.upkeep.submit(new CustomersChanged(active.stream().map(id -> new CustomerChanged(id, KIND, null)).toList()));
		}
	}

}
