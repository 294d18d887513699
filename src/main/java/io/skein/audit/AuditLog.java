package io.skein.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Appends audit entries and reads them back, newest first. */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final Graph graph;

	private final Clock clock;

	private final MeterRegistry meters;

	private final NamedQuery append;

	private final NamedQuery page;

	AuditLog(Graph graph, CypherQueries queries, Clock clock, MeterRegistry meters) {
		this.graph = graph;
		this.clock = clock;
		this.meters = meters;
		this.append = queries.get("audit/append");
		this.page = queries.get("audit/page");
	}

	/** What one mutation call did, before it is stamped with an id and time. */
	public record Call(String actor, String role, String method, String action, String arguments, String outcome,
			int errorCount, String remoteAddress, String operationName) {
	}

	/** Stores the calls; a failure to store is logged and counted, never hidden from operators. */
	public void record(List<Call> calls) {
		if (calls.isEmpty()) {
			return;
		}
		List<Map<String, Object>> entries = entries(calls);
		calls.forEach(AuditLog::logged);
		try {
			this.graph.execute(this.append, Map.of("entries", entries));
		}
		catch (RuntimeException ex) {
			this.meters.counter("skein.audit.failures").increment();
			log.error("Could not store {} audit entries: {}", entries.size(), entries, ex);
		}
	}

	/**
	 * Stores the call in the mutation's own write transaction (it commits or rolls back with the mutation);
	 * a failure to store fails that transaction. {@link #logged} once it committed.
	 */
	void recordIn(Graph.Tx tx, Call call) {
		tx.run(this.append, Map.of("entries", entries(List.of(call))));
	}

	/** The application log's line of a stored call. */
	static void logged(Call call) {
		log.info("audit actor={} role={} action={} outcome={} args={}", call.actor(), call.role(), call.action(),
				call.outcome(), call.arguments());
	}

	private List<Map<String, Object>> entries(List<Call> calls) {
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Call call : calls) {
			Map<String, Object> e = new HashMap<>();
			e.put("id", "au-" + UUID.randomUUID());
			e.put("at", now);
			e.put("actor", call.actor());
			e.put("role", call.role());
			e.put("method", call.method());
			e.put("action", call.action());
			e.put("arguments", call.arguments());
			e.put("outcome", call.outcome());
			e.put("errorCount", call.errorCount());
			if (call.remoteAddress() != null) {
				e.put("remoteAddress", call.remoteAddress());
			}
			if (call.operationName() != null) {
				e.put("operationName", call.operationName());
			}
			entries.add(e);
		}
		return entries;
	}

	public Connection<AuditEntry> page(Integer first, String after, String actor, String action) {
		int size = Cursors.pageSize(first, 50, "first");
		List<String> cursor = Cursors.decode(after, "audit", 2, "after");
		Map<String, Object> params = new HashMap<>();
		params.put("actor", actor);
		params.put("action", action);
		params.put("afterAt", cursor == null ? null : ZonedDateTime.parse(cursor.get(0)));
		params.put("afterId", cursor == null ? null : cursor.get(1));
		params.put("limit", size + 1);
		List<AuditEntry> rows = this.graph.query(this.page, params, AuditLog::entry);
		return Connection.of(rows, size, e -> Cursors.encode("audit", e.at().toString(), e.id()), null);
	}

	private static AuditEntry entry(Record r) {
		return new AuditEntry(r.get("id").asString(), r.get("at").asZonedDateTime(), r.get("actor").asString(),
				r.get("role").asString(), r.get("method").asString(), r.get("action").asString(),
				r.get("arguments").asString(), r.get("outcome").asString(), r.get("errorCount").asInt(),
				r.get("remoteAddress").asString(null), r.get("operationName").asString(null));
	}

}
