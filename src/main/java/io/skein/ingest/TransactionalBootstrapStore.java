package io.skein.ingest;

import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

/**
 * A bootstrap's graph written through Cypher ({@code cypher/bootstrap/create-*}), created, not merged: each
 * batch in one transaction, the end in transactions of {@value #WRITE_BATCH} rows. Serves any store, also a
 * server or cluster the bulk importer cannot reach, and a store in use ({@link BulkBootstrapStore} stops it).
 */
final class TransactionalBootstrapStore implements BootstrapStore {

	/** Rows per transaction when writing customers, record edges and merges. */
	private static final int WRITE_BATCH = 5000;

	private final Graph graph;

	private final NamedQuery createIdentifiers;

	private final NamedQuery createBlockKeys;

	private final NamedQuery createRecords;

	private final NamedQuery createCustomers;

	private final NamedQuery attach;

	private final NamedQuery createMerges;

	private final NamedQuery createInteractions;

	private final NamedQuery attachInteractions;

	private final NamedQuery createSeenFor;

	TransactionalBootstrapStore(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.createIdentifiers = queries.get("bootstrap/create-identifiers");
		this.createBlockKeys = queries.get("bootstrap/create-block-keys");
		this.createRecords = queries.get("bootstrap/create-records");
		this.createCustomers = queries.get("bootstrap/create-customers");
		this.attach = queries.get("bootstrap/attach-records");
		this.createMerges = queries.get("bootstrap/create-merges");
		this.createInteractions = queries.get("bootstrap/create-interactions");
		this.attachInteractions = queries.get("bootstrap/attach-interactions");
		this.createSeenFor = queries.get("bootstrap/create-seen-for");
	}

	@Override
	public void records(List<Map<String, Object>> identifiers, List<String> blockKeys, List<Map<String, Object>> records) {
		this.graph.write(tx -> {
			tx.run(this.createIdentifiers, Map.of("identifiers", identifiers));
			tx.run(this.createBlockKeys, Map.of("keys", blockKeys));
			tx.run(this.createRecords, Map.of("rows", records));
			return null;
		});
	}

	@Override
	public void events(List<Map<String, Object>> identifiers, List<Map<String, Object>> interactions) {
		this.graph.write(tx -> {
			tx.run(this.createIdentifiers, Map.of("identifiers", identifiers));
			tx.run(this.createInteractions, Map.of("rows", interactions));
			return null;
		});
	}

	@Override
	public void finish(Final rows) {
		inBatches(this.createCustomers, rows.customers());
		inBatches(this.attach, rows.recordEdges());
		inBatches(this.createMerges, rows.merges());
		inBatches(this.attachInteractions, rows.interactionOwners());
		inBatches(this.createSeenFor, rows.seenFor());
	}

	private void inBatches(NamedQuery query, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
			List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
			this.graph.write(tx -> tx.run(query, Map.of("rows", slice)));
		}
	}

}
