package io.skein.identity.resolution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.Ids;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Moves source records, and what they brought, from one customer to another (see
 * {@code cypher/identity/move-records.cypher} for the rule): the split primitive of steward splits and of
 * resolution.
 */
@Component
public class RecordMover {

	private final NamedQuery move;

	private final NamedQuery customersExist;

	public RecordMover(CypherQueries queries) {
		this.move = queries.get("identity/move-records");
		this.customersExist = queries.get("identity/customers-exist");
	}

	/**
	 * The id of a new customer for records split off {@code fromCustomer}: derived from them
	 * ({@link Ids#splitCustomer}), and never one a customer already holds, of any status. The same split again
	 * (split, merged back by stitching, split again) derives the same first candidate, and moving records
	 * to it would put them on the customer merged away in between.
	 */
	public String newCustomerId(Graph.Tx tx, String fromCustomer, List<String> recordIds) {
		for (int attempt = 0;; attempt++) {
			String id = Ids.splitCustomer(fromCustomer, recordIds, attempt);
			if (tx.run(this.customersExist, Map.of("ids", List.of(id))).isEmpty()) {
				return id;
			}
		}
	}

	/** What moved: record ids, interaction event ids and identifier keys (devices, cookies...). */
	public record Moved(List<String> records, List<String> interactions, List<String> identifiers) {
	}

	public Moved move(Graph.Tx tx, String fromId, String toId, List<String> recordIds, String reason, Instant now) {
		List<Record> rows = tx.run(this.move, Map.of("fromId", fromId, "toId", toId, "recordIds", recordIds, "reason",
				reason, "now", IdentityStitcher.at(now)));
		if (rows.isEmpty()) {
			return new Moved(List.of(), List.of(), List.of());
		}
		Record row = rows.get(0);
		if (!"ACTIVE".equals(row.get("toStatus").asString(null))) {
			// never records on a merged customer: the caller's transaction rolls back
			throw new io.skein.identity.StaleCustomersException("cannot move records to customer " + toId + ": it is "
					+ row.get("toStatus").asString(null));
		}
		return new Moved(row.get("records").asList(Value::asString), row.get("interactions").asList(Value::asString),
				row.get("identifiers").asList(Value::asString));
	}

}
