package io.skein.household;

import io.skein.graph.Graph;
import io.skein.identity.CustomersRestitched;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStatePart;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Derived-state upkeep for households: the customers of every committed batch (ingest, steward actions,
 * resolution moves) have theirs recomputed, in the upkeep slice's transaction; a full resolution run
 * recomputes them all. Last of the slice's parts: its write locks the widest set of customers (everyone sharing a
 * value with the changed ones), which ingest calls then wait for only until the commit that follows it.
 */
@Component
@Order(4)
class HouseholdUpdates implements DerivedStatePart {

	static final String RESOLUTION = "resolution";

	private final Households households;

	HouseholdUpdates(Households households) {
		this.households = households;
	}

	@Override
	public Object monitor() {
		return this.households;
	}

	@Override
	public Runnable update(Graph.Tx tx, CustomersChanged changed) {
		this.households.recompute(tx, changed.customerIds());
		return NOTHING_AFTER;
	}

	@EventListener
	void on(CustomersRestitched restitched) {
		if (RESOLUTION.equals(restitched.cause())) {
			this.households.recomputeAll();
		}
	}

}
