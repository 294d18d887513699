package io.skein.household;

import io.skein.graph.Graph;
import io.skein.identity.CustomersRestitched;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStatePart;
import io.skein.ingest.DerivedStateUpkeep;

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

	private final DerivedStateUpkeep upkeep;

	HouseholdUpdates(Households households, DerivedStateUpkeep upkeep) {
		this.households = households;
		this.upkeep = upkeep;
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

	/**
	 * A full resolution recomputes every household, except at the end of a bulk import (which holds the upkeep): the
	 * import's end recomputes the households around every customer it or the resolution touched (the resolution hands
	 * them over as any change), and recomputing all of them first was that work twice.
	 */
	@EventListener
	void on(CustomersRestitched restitched) {
		if (RESOLUTION.equals(restitched.cause()) && !this.upkeep.isHeld()) {
			this.households.recomputeAll();
		}
	}

}
