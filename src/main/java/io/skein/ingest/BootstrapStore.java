package io.skein.ingest;

import java.util.List;
import java.util.Map;

/**
 * Where a bootstrap load puts the graph it builds in memory ({@link BootstrapLoad}): its rows are the parameters
 * of the {@code cypher/bootstrap/create-*} statements, whatever the store does with them. Batches arrive in input
 * order on the bootstrap's writer thread; {@link #finish} comes once, after the last.
 */
interface BootstrapStore {

	/** A batch of records with the identifiers and blocking keys no earlier batch brought. */
	void records(List<Map<String, Object>> identifiers, List<String> blockKeys, List<Map<String, Object>> records);

	/** A batch of events with the identifiers no earlier batch brought. */
	void events(List<Map<String, Object>> identifiers, List<Map<String, Object>> interactions);

	/** The end: customers, record edges, merges, interactions' customers and identifiers' {@code SEEN_FOR} edges. */
	void finish(Final rows);

	/** The end's rows. */
	record Final(List<Map<String, Object>> customers, List<Map<String, Object>> recordEdges,
			List<Map<String, Object>> merges, List<Map<String, Object>> interactionOwners,
			List<Map<String, Object>> seenFor) {
	}

}
