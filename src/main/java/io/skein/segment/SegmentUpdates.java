package io.skein.segment;

import io.skein.graph.Graph;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStatePart;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Derived-state upkeep for segment memberships: the changed customers' facts are refreshed and their segments
 * re-evaluated in the upkeep slice's transaction, entries and exits published once it committed.
 */
@Component
@Order(3)
class SegmentUpdates implements DerivedStatePart {

	private final MembershipEvaluator evaluator;

	SegmentUpdates(MembershipEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** Evaluations are serialised within the process ({@link MembershipEvaluator}): the upkeep holds its monitor. */
	@Override
	public Object monitor() {
		return this.evaluator;
	}

	@Override
	public Runnable update(Graph.Tx tx, CustomersChanged changed) {
		return this.evaluator.evaluate(tx, changed.customerIds()).publish();
	}

}
