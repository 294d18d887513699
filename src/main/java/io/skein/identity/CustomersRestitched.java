package io.skein.identity;

import java.util.List;

/**
 * Published after a steward action or a resolution run has committed: the customers whose records or
 * interactions it moved (survivors, absorbed, split-off and new customers; some may no longer be
 * active). Derived state (segments, purposes, drop-offs) is brought up to date for them.
 *
 * @param customerIds the customers touched, as they were named in the change
 * @param cause what moved them, e.g. {@code steward MERGE} or {@code resolution}
 * @param active true when every customer named was active as the change committed (none absorbed): a
 * listener need not follow merges to find them
 */
public record CustomersRestitched(List<String> customerIds, String cause, boolean active) {

	/** Customers named as the change named them, some of them perhaps absorbed since. */
	public CustomersRestitched(List<String> customerIds, String cause) {
		this(customerIds, cause, false);
	}

}
