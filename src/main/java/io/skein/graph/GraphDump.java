package io.skein.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * The whole graph of the store, written as files for Neo4j's bulk importer ({@link BulkImportFiles}): nodes
 * grouped by their set of labels, relationships by type, both read as a stream, so a store of any size passes
 * through {@value #PART} rows at a time per group. Nodes are named by their element ids, which are not
 * stored. Constraints and indexes are not part of it: Skein's migrations build them when it starts on the
 * imported store.
 */
public final class GraphDump {

	/** Rows per group held before they are written. */
	private static final int PART = 10_000;

	/** The one id space: every relationship may join any two nodes. */
	private static final String NODES = "Node";

	private final Graph graph;

	private final NamedQuery dumpNodes;

	private final NamedQuery dumpRelationships;

	public GraphDump(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.dumpNodes = queries.get("graph/all-nodes");
		this.dumpRelationships = queries.get("graph/all-relationships");
	}

	/** What was written. */
	public record Written(long nodes, long relationships) {
	}

	/** Writes the store's graph into {@code files}. */
	public Written into(BulkImportFiles files) {
		Map<List<String>, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
		long[] counts = new long[2];
		this.graph.read(tx -> {
			tx.stream(this.dumpNodes, Map.of(), r -> {
				List<String> labels = r.get("labels").asList(Value::asString).stream().sorted().toList();
				Map<String, Object> row = new LinkedHashMap<>(r.get("props").asMap());
				row.put(BulkImportFiles.ID_ONLY, r.get("id").asString());
				List<Map<String, Object>> part = nodes.computeIfAbsent(labels, l -> new ArrayList<>());
				part.add(row);
				counts[0]++;
				if (part.size() == PART) {
					files.nodes(labels, NODES, BulkImportFiles.ID_ONLY, part);
					part.clear();
				}
			});
			return null;
		});
		nodes.forEach((labels, part) -> files.nodes(labels, NODES, BulkImportFiles.ID_ONLY, part));
		Map<String, List<BulkImportFiles.Relationship>> relationships = new LinkedHashMap<>();
		this.graph.read(tx -> {
			tx.stream(this.dumpRelationships, Map.of(), r -> {
				String type = r.get("type").asString();
				List<BulkImportFiles.Relationship> part = relationships.computeIfAbsent(type, t -> new ArrayList<>());
				part.add(new BulkImportFiles.Relationship(r.get("start").asString(), r.get("end").asString(),
						r.get("props").asMap()));
				counts[1]++;
				if (part.size() == PART) {
					files.relationships(type, NODES, NODES, part);
					part.clear();
				}
			});
			return null;
		});
		relationships.forEach((type, part) -> files.relationships(type, NODES, NODES, part));
		return new Written(counts[0], counts[1]);
	}

}
