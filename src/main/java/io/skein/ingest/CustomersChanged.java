package io.skein.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Published once per ingested batch, after its writes have committed: every record or event stored (not
 * unchanged replays), in input order. Listeners (segments, purposes) re-evaluate each touched customer
 * once per batch, set-based, rather than once per item.
 */
public record CustomersChanged(List<CustomerChanged> changes) {

	/** The distinct customers touched, in the order first touched. */
	public List<String> customerIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.changes.forEach(c -> ids.add(c.customerId()));
		return List.copyOf(ids);
	}

}
