package io.skein.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * Leases in the store, {@code (:Lease {name, owner, expiresAt})}: one worker of several Skein instances does a
 * job at a time. Taken or renewed by a conditional write on the write-locked node (free, expired or already
 * the taker's); a crashed owner's lease simply expires. No in-process lock is involved.
 */
@Component
public class StoreLease {

	private final Graph graph;

	private final NamedQuery take;

	private final NamedQuery release;

	StoreLease(Graph graph, CypherQueries queries) {
		this.graph = graph;
		this.take = queries.get("orchestration/lease-take");
		this.release = queries.get("orchestration/lease-release");
	}

	/** Takes or renews {@code name} for {@code owner} until {@code now + ttl}; false when another owner holds it. */
	public boolean take(String name, String owner, Instant now, Duration ttl) {
		return this.graph.write(tx -> tx.run(this.take, Map.of("name", name, "owner", owner, "now", JourneyInstance.utc(now),
				"until", JourneyInstance.utc(now.plus(ttl)))))
			.get(0)
			.get("owner")
			.asString()
			.equals(owner);
	}

	/** Gives {@code name} up at {@code now} when {@code owner} holds it. */
	public void release(String name, String owner, Instant now) {
		this.graph.write(tx -> tx.run(this.release, Map.of("name", name, "owner", owner, "now", JourneyInstance.utc(now))));
	}

}
