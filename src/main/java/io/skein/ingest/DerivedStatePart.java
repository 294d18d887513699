package io.skein.ingest;

import io.skein.graph.Graph;

/**
 * One kind of derived state kept per slice of changed customers (households, purposes, drop-offs, segment
 * memberships). {@link DerivedStateSlices} updates every part of a slice in one write transaction, so a slice
 * costs one commit; parts run in their {@code @Order}.
 */
public interface DerivedStatePart {

	/** What {@link #update} returns when nothing is to be done after the commit. */
	Runnable NOTHING_AFTER = () -> {
	};

	/**
	 * Held while this part is updated, taken before the transaction begins (in the parts' order), so that this
	 * part's other writers in this process wait outside any transaction, never holding store locks.
	 */
	Object monitor();

	/**
	 * Updates this part for the changed customers inside the slice's write transaction, which runs again whole on a
	 * transient failure: nothing may happen outside it. Returns what to do once it committed (events to publish).
	 */
	Runnable update(Graph.Tx tx, CustomersChanged changed);

}
