package io.skein.graph;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a graph written as bulk-import files ({@link BulkImportFiles}) into the embedded store with Neo4j's bulk
 * importer, keeping what the store held: its nodes and relationships are read first and created again after the
 * import (a store a bootstrap may load holds no record or customer, so this is a few definitions), then the
 * schema migrations build the constraints and indexes on the imported graph, and empty arrays the format could
 * not hold are set. The store is stopped meanwhile ({@link EmbeddedNeo4j#restartWith}): only a command that owns
 * the embedded store (an {@code import}, the bench) runs this.
 */
public final class EmbeddedBulkLoad {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBulkLoad.class);

	/** Index population after a bulk load fills every index at once: a million customers take minutes. */
	private static final Duration POPULATING = Duration.ofHours(2);

	private static final int BATCH = 5000;

	/** Step names, for a profile. */
	public static final String BULK_IMPORT = "bulk import: store stopped, files imported, store started";

	public static final String SCHEMA = "bulk import: constraints and indexes built, empty arrays set";

	public static final String CARRIED = "bulk import: the graph held before written back";


	private final EmbeddedNeo4j store;

	private final Graph graph;

	private final NamedQuery carryNodes;

	private final NamedQuery carryRelationships;

	private final NamedQuery restoreNodes;

	private final NamedQuery restoreRelationships;

	private final NamedQuery holdsLabels;

	public EmbeddedBulkLoad(EmbeddedNeo4j store, Graph graph, CypherQueries queries) {
		this.store = store;
		this.graph = graph;
		this.carryNodes = queries.get("graph/all-nodes");
		this.carryRelationships = queries.get("graph/all-relationships");
		this.restoreNodes = queries.get("graph/restore-nodes");
		this.restoreRelationships = queries.get("graph/restore-relationships");
		this.holdsLabels = queries.get("graph/holds-labels");
	}

	/** The labels among {@code labels} the store holds nodes of (a bulk load that writes them cannot carry them). */
	public List<String> held(List<String> labels) {
		return this.graph.query(this.holdsLabels, Map.of("labels", labels), r -> r)
			.stream()
			.filter(r -> r.get("nodes").asLong() > 0)
			.map(r -> r.get("label").asString())
			.toList();
	}

	/** Replaces the store's graph with the files' graph plus what it held; what each step took goes to {@code steps}. */
	public void load(BulkImportFiles files, Steps steps) throws IOException {
		List<Record> nodes = this.graph.query(this.carryNodes, Map.of(), r -> r);
		List<Record> relationships = this.graph.query(this.carryRelationships, Map.of(), r -> r);
		BulkImport bulk = files.toImport();
		try {
			steps.time(BULK_IMPORT, () -> this.graph.whileStopped(() -> this.store.restartWith(bulk::into)));
		}
		catch (IOException | RuntimeException ex) {
			// the store started empty: it gets back what it held before the failure is reported
			this.graph.forgetBookmarks();
			restore(nodes, relationships);
			new SchemaMigrations(this.graph).apply();
			throw ex;
		}
		this.graph.forgetBookmarks();
		// what the store held first: a migration's data statement (the blocking-key scheme) must find it there
		steps.time(CARRIED, () -> restore(nodes, relationships));
		// the migrations end by setting the empty arrays the files marked (graph/set-empty-lists)
		steps.time(SCHEMA, () -> new SchemaMigrations(this.graph).apply(POPULATING));
		log.info("Bulk load: {} nodes and {} relationships held before carried over, {} nodes given empty arrays",
				nodes.size(), relationships.size(), files.emptyLists());
	}

	private void restore(List<Record> nodes, List<Record> relationships) {
		Map<String, String> ids = new HashMap<>();
		for (int from = 0; from < nodes.size(); from += BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Record node : nodes.subList(from, Math.min(nodes.size(), from + BATCH))) {
				rows.add(Map.of("id", node.get("id").asString(), "labels", node.get("labels").asList(Value::asString),
						"props", node.get("props").asMap()));
			}
			this.graph.write(tx -> {
				tx.query(this.restoreNodes, Map.of("rows", rows), r -> r)
					.forEach(r -> ids.put(r.get("before").asString(), r.get("after").asString()));
				return null;
			});
		}
		for (int from = 0; from < relationships.size(); from += BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Record relationship : relationships.subList(from, Math.min(relationships.size(), from + BATCH))) {
				rows.add(Map.of("start", ids.get(relationship.get("start").asString()), "end",
						ids.get(relationship.get("end").asString()), "type", relationship.get("type").asString(), "props",
						relationship.get("props").asMap()));
			}
			this.graph.write(tx -> tx.run(this.restoreRelationships, Map.of("rows", rows)));
		}
	}

	/** Where a load's time goes, step by step ({@link #BULK_IMPORT}, {@link #SCHEMA}, {@link #CARRIED}). */
	@FunctionalInterface
	public interface Steps {

		void time(String step, IoWork work) throws IOException;

		Steps NONE = (step, work) -> work.run();

	}

	/** A step that may fail reading or writing files. */
	@FunctionalInterface
	public interface IoWork {

		void run() throws IOException;

	}

}
