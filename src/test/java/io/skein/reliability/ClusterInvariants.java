package io.skein.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Graph-wide invariants and the partition of records into customers, read directly (test-only Cypher). */
final class ClusterInvariants {

	private ClusterInvariants() {
	}

	/** Every violation found: records and interactions not on exactly one ACTIVE customer, merged customers holding records. */
	static List<String> violations(Driver driver) {
		List<String> problems = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run("""
					MATCH (r:SourceRecord)
					OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
					WITH r, count(c) AS n, count(CASE WHEN c.status = 'ACTIVE' THEN 1 END) AS active
					WHERE n <> 1 OR active <> 1
					RETURN 'record ' + r.id + ' on ' + n + ' customers (' + active + ' active)' AS problem""")
				.forEachRemaining(r -> problems.add(r.get("problem").asString()));
			session.run("""
					MATCH (i:Interaction)
					OPTIONAL MATCH (i)-[:OF_CUSTOMER]->(c:Customer)
					WITH i, count(c) AS n, count(CASE WHEN c.status = 'ACTIVE' THEN 1 END) AS active
					WHERE n <> 1 OR active <> 1
					RETURN 'interaction ' + i.eventId + ' on ' + n + ' customers (' + active + ' active)' AS problem""")
				.forEachRemaining(r -> problems.add(r.get("problem").asString()));
			session.run("""
					MATCH (c:Customer {status: 'MERGED'})
					WHERE EXISTS { (:SourceRecord)-[:BELONGS_TO]->(c) } OR EXISTS { (:Interaction)-[:OF_CUSTOMER]->(c) }
					RETURN 'merged customer ' + c.id + ' still holds records or interactions' AS problem""")
				.forEachRemaining(r -> problems.add(r.get("problem").asString()));
		}
		return problems;
	}

	/** The clusters as sets of "source:sourceId", independent of which record founded each customer. */
	static Set<String> partition(Driver driver) {
		Set<String> clusters = new TreeSet<>();
		try (Session session = driver.session()) {
			session.run("""
					MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
					WITH c, r ORDER BY r.source, r.sourceId
					RETURN collect(r.source + ':' + r.sourceId) AS members""")
				.forEachRemaining(r -> clusters.add(String.join(",", r.get("members").asList(v -> v.asString()))));
		}
		return clusters;
	}

}
