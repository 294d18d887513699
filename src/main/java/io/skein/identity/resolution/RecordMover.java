package io.skein.identity.resolution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.IdentityStitcher;
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

	public RecordMover(CypherQueries queries) {
		this.move = queries.get("identity/move-records");
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
		return new Moved(row.get("records").asList(Value::asString), row.get("interactions").asList(Value::asString),
				row.get("identifiers").asList(Value::asString));
	}

}
