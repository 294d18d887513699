package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.matching.RecordPair;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads the steward's decisions resolution must respect: merges (records that stay together) and bans and
 * splits (records on the left never share a customer with records on the right) — all of them for a full
 * resolve, only those touching a real-time scope's records otherwise.
 */
@Component
class StewardConstraints {

	private final NamedQuery all;

	private final NamedQuery touching;

	StewardConstraints(CypherQueries queries) {
		this.all = queries.get("identity/steward-constraints");
		this.touching = queries.get("identity/steward-constraints-of");
	}

	/** Steward merges as chained pairs, and bans and splits as cannot-links. */
	record Constraints(List<RecordPair> links, Map<String, Set<String>> cannot) {
	}

	Constraints all(Graph graph) {
		return graph.read(tx -> from(tx.query(this.all, Map.of(), r -> r)));
	}

	/** The decisions naming any of {@code recordIds}: for a scope, the same answer as {@link #all} restricted to it. */
	Constraints touching(Graph.Tx tx, Collection<String> recordIds) {
		return from(tx.query(this.touching, Map.of("ids", List.copyOf(recordIds)), r -> r));
	}

	private static Constraints from(List<Record> rows) {
		return new Constraints(links(rows), cannot(rows));
	}

	/** Steward merges: the records of each merge chained in id order. */
	private static List<RecordPair> links(List<Record> rows) {
		List<RecordPair> pairs = new ArrayList<>();
		for (Record row : rows) {
			if (row.get("kind").asString().equals("LINK")) {
				List<String> ids = new ArrayList<>(new TreeSet<>(row.get("left").asList(Value::asString)));
				for (int i = 1; i < ids.size(); i++) {
					pairs.add(new RecordPair(ids.get(0), ids.get(i)));
				}
			}
		}
		return pairs;
	}

	/** Bans and splits: each record to the records it must never share a customer with. */
	private static Map<String, Set<String>> cannot(List<Record> rows) {
		Map<String, Set<String>> cannot = new HashMap<>();
		for (Record row : rows) {
			if (row.get("kind").asString().equals("BAN")) {
				List<String> left = row.get("left").asList(Value::asString);
				List<String> right = row.get("right").asList(Value::asString);
				for (String a : left) {
					for (String b : right) {
						cannot.computeIfAbsent(a, k -> new HashSet<>()).add(b);
						cannot.computeIfAbsent(b, k -> new HashSet<>()).add(a);
					}
				}
			}
		}
		return cannot;
	}

}
