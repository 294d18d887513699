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

	/**
	 * Every violation found: records and interactions not on exactly one ACTIVE customer; merged customers
	 * holding records, interactions or event-side identifiers; a merged id that does not lead to one active
	 * survivor.
	 */
	static List<String> violations(Driver driver) {
		List<String> problems = new ArrayList<>();
		try (Session session = driver.session()) {
			problems(session, """
					MATCH (r:SourceRecord)
					OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
					WITH r, count(c) AS n, count(CASE WHEN c.status = 'ACTIVE' THEN 1 END) AS active
					WHERE n <> 1 OR active <> 1
					RETURN 'record ' + r.id + ' on ' + n + ' customers (' + active + ' active)' AS problem""", problems);
			problems(session, """
					MATCH (i:Interaction)
					OPTIONAL MATCH (i)-[:OF_CUSTOMER]->(c:Customer)
					WITH i, count(c) AS n, count(CASE WHEN c.status = 'ACTIVE' THEN 1 END) AS active
					WHERE n <> 1 OR active <> 1
					RETURN 'interaction ' + i.eventId + ' on ' + n + ' customers (' + active + ' active)' AS problem""", problems);
			problems(session, """
					MATCH (c:Customer {status: 'MERGED'})
					WHERE EXISTS { (:SourceRecord)-[:BELONGS_TO]->(c) } OR EXISTS { (:Interaction)-[:OF_CUSTOMER]->(c) }
					RETURN 'merged customer ' + c.id + ' still holds records or interactions' AS problem""", problems);
			problems(session, """
					MATCH (c:Customer {status: 'MERGED'})
					WHERE EXISTS { (:Identifier)-[:SEEN_FOR]->(c) }
					RETURN 'merged customer ' + c.id + ' still has identifiers seen for it' AS problem""", problems);
			// An absorbed id must keep resolving to exactly one active survivor.
			problems(session, """
					MATCH (c:Customer)
					WITH c, COUNT { (c)-[:MERGED_INTO]->() } AS next
					WHERE (c.status = 'MERGED') <> (next = 1) OR next > 1
					   OR (c.status = 'MERGED' AND NOT EXISTS { (c)-[:MERGED_INTO*1..50]->(:Customer {status: 'ACTIVE'}) })
					RETURN c.status + ' customer ' + c.id + ' has ' + next + ' MERGED_INTO edges or no active survivor' AS problem""", problems);
			// Identity invariants over what one customer may hold go here, beside the structural ones: every
			// random sequence, concurrent-writer and fuzz test checks this list after its steps.
			// No customer holds two national ids more than one keying error apart, unless a steward forced it or
			// a link between their holders agreed on the person (CorroboratedNationalIds marks it on the MATCHED edge).
			problems(session, """
					MATCH (c:Customer {status: 'ACTIVE'})<-[:BELONGS_TO]-(a:SourceRecord),
					      (c)<-[:BELONGS_TO]-(b:SourceRecord)
					WHERE a.nationalIdDigest IS NOT NULL AND b.nationalIdDigest IS NOT NULL
					  AND a.nationalIdDigest < b.nationalIdDigest
					  AND none(v IN coalesce(a.nationalIdVariants, [a.nationalIdDigest])
					           WHERE v IN coalesce(b.nationalIdVariants, [b.nationalIdDigest]))
					  AND NOT EXISTS { (a)<-[:JOINS]-(:StewardLink)-[:JOINS]->(b) }
					  AND NOT EXISTS { (c)<-[:BELONGS_TO]-(x:SourceRecord)-[:MATCHED {band: 'LINK', rule: 'FS_LINK', corroboratesNationalIds: true}]-(y:SourceRecord)-[:BELONGS_TO]->(c)
					                   WHERE x.nationalIdDigest = a.nationalIdDigest AND y.nationalIdDigest = b.nationalIdDigest }
					RETURN 'customer ' + c.id + ' holds two national ids (records ' + a.id + ', ' + b.id + ')' AS problem""", problems);
		}
		return problems;
	}

	/**
	 * What a steward ban or split promises ({@code cypher/identity/create-ban.cypher}): the records on its
	 * left never share a customer with the records on its right, until it is undone.
	 */
	static List<String> banViolations(Driver driver) {
		List<String> problems = new ArrayList<>();
		try (Session session = driver.session()) {
			problems(session, """
					MATCH (b:Ban)-[:LEFT]->(l:SourceRecord)-[:BELONGS_TO]->(c:Customer)<-[:BELONGS_TO]-(r:SourceRecord)<-[:RIGHT]-(b)
					RETURN b.kind + ' ' + b.id + ': ' + l.id + ' and ' + r.id + ' are both on ' + c.id AS problem""", problems);
		}
		return problems;
	}

	/** Adds the {@code problem} column of every row the query returns. */
	private static void problems(Session session, String query, List<String> problems) {
		session.run(query).forEachRemaining(r -> problems.add(r.get("problem").asString()));
	}

	/**
	 * The clusters as sets of "source:sourceId", independent of which record founded each customer: one
	 * entry per customer (grouped by customer; without the customer in the RETURN, collect would gather every
	 * record into one entry and any two graphs with the same records would compare equal).
	 */
	static Set<String> partition(Driver driver) {
		Set<String> clusters = new TreeSet<>();
		try (Session session = driver.session()) {
			session.run("""
					MATCH (r:SourceRecord)-[:BELONGS_TO]->(c:Customer)
					WITH c, r ORDER BY r.source, r.sourceId
					RETURN c.id AS customer, collect(r.source + ':' + r.sourceId) AS members""")
				.forEachRemaining(r -> clusters.add(String.join(",", r.get("members").asList(v -> v.asString()))));
		}
		return clusters;
	}

}
