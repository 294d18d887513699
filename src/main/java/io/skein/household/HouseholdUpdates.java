package io.skein.household;

import io.skein.identity.CustomersRestitched;
import io.skein.ingest.CustomersChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Derived-state upkeep for households: the customers of every committed batch (ingest, steward actions,
 * resolution moves) have theirs recomputed; a full resolution run recomputes them all.
 */
@Component
class HouseholdUpdates {

	static final String RESOLUTION = "resolution";

	private final Households households;

	HouseholdUpdates(Households households) {
		this.households = households;
	}

	@EventListener
	void on(CustomersChanged changed) {
		this.households.recompute(changed.customerIds());
	}

	@EventListener
	void on(CustomersRestitched restitched) {
		if (RESOLUTION.equals(restitched.cause())) {
			this.households.recomputeAll();
		}
	}

}
