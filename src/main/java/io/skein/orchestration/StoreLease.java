package io.skein.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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

	/** This process, as lease owners name it (each {@link #exclusively} call adds its own suffix). */
	public static final String INSTANCE = "skein-" + UUID.randomUUID();

	private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "skein-lease-renewal");
		t.setDaemon(true);
		return t;
	});

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


	/**
	 * Runs {@code work} holding {@code name}, across every Skein instance on this store and every thread of
	 * this one: waits up to {@code wait} for the lease (empty when another owner still holds it then), renews
	 * it every third of {@code ttl} while the work runs and gives it up after. An owner that dies stops
	 * renewing, and its lease expires {@code ttl} after the last renewal.
	 */
	public <T> Optional<T> exclusively(String name, Duration ttl, Duration wait, Supplier<T> work) {
		return under(name, ttl, wait, true, work);
	}

	/**
	 * A scheduled turn that every instance's scheduler starts: the first to take {@code name} runs
	 * {@code work}, and keeps the lease after it (for {@code hold} from the last renewal), so the other
	 * instances, whose schedule fires at about the same time, skip this turn (empty) instead of running it again.
	 * {@code hold} must be shorter than the schedule's period.
	 */
	public <T> Optional<T> turn(String name, Duration hold, Supplier<T> work) {
		return under(name, hold, Duration.ZERO, false, work);
	}

	private <T> Optional<T> under(String name, Duration ttl, Duration wait, boolean release, Supplier<T> work) {
		String owner = INSTANCE + "/" + UUID.randomUUID();
		long deadline = System.nanoTime() + wait.toNanos();
		while (!take(name, owner, Instant.now(), ttl)) {
			if (System.nanoTime() > deadline) {
				return Optional.empty();
			}
			try {
				Thread.sleep(Math.min(200, Math.max(1, wait.toMillis())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the lease " + name, ex);
			}
		}
		long every = Math.max(1, ttl.toMillis() / 3);
		ScheduledFuture<?> renewal = RENEWALS.scheduleAtFixedRate(() -> renew(name, owner, ttl), every, every,
				TimeUnit.MILLISECONDS);
		try {
			return Optional.ofNullable(work.get());
		}
		finally {
			renewal.cancel(false);
			if (release) {
				release(name, owner, Instant.now());
			}
			else {
				renew(name, owner, ttl);
			}
		}
	}

	private void renew(String name, String owner, Duration ttl) {
		try {
			if (!take(name, owner, Instant.now(), ttl)) {
				org.slf4j.LoggerFactory.getLogger(StoreLease.class)
					.warn("Lease {} was taken over by another owner while {} still worked under it", name, owner);
			}
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(StoreLease.class).warn("Lease {} not renewed: {}", name, ex.getMessage());
		}
	}

}
