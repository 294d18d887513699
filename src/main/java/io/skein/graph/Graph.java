package io.skein.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The one way Skein runs Cypher: named queries with bound parameters, inside managed transactions that
 * the driver retries on transient failures (so work handed to {@link #write} must have no side effects
 * outside the transaction). Every query is counted by name, which is how tests prove batching.
 */
public class Graph {

	private final Driver driver;

	private final MeterRegistry meters;

	private final AtomicLong queriesRun = new AtomicLong();

	public Graph(Driver driver, MeterRegistry meters) {
		this.driver = driver;
		this.meters = meters;
	}

	/** Runs one query in a read transaction and maps each row. */
	public <T> List<T> query(NamedQuery query, Map<String, ?> params, Function<Record, T> mapper) {
		return read(tx -> tx.query(query, params, mapper));
	}

	public <T> T read(Function<Tx, T> work) {
		try (Session session = this.driver.session()) {
			return session.executeRead(ctx -> work.apply(new Tx(ctx)));
		}
	}

	public <T> T write(Function<Tx, T> work) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(ctx -> work.apply(new Tx(ctx)));
		}
	}

	/** Runs one query in its own write transaction. */
	public void execute(NamedQuery query, Map<String, ?> params) {
		write(tx -> {
			tx.run(query, params);
			return null;
		});
	}

	/** Queries run since start, across all names. */
	public long queriesRun() {
		return this.queriesRun.get();
	}

	/** A transaction in progress: named queries only. */
	public final class Tx {

		private final TransactionContext ctx;

		private Tx(TransactionContext ctx) {
			this.ctx = ctx;
		}

		@SuppressWarnings("unchecked")
		public List<Record> run(NamedQuery query, Map<String, ?> params) {
			count(query);
			long start = System.nanoTime();
			try {
				return this.ctx.run(query.text(), (Map<String, Object>) params).list();
			}
			finally {
				Graph.this.meters.timer("skein.cypher.latency", "query", query.name())
					.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
			}
		}

		public <T> List<T> query(NamedQuery query, Map<String, ?> params, Function<Record, T> mapper) {
			return run(query, params).stream().map(mapper).toList();
		}

		/** For schema statements and migrations, which cannot be parameterised; never for user values. */
		void runStatement(String statement) {
			this.ctx.run(statement).consume();
		}

	}

	private void count(NamedQuery query) {
		this.queriesRun.incrementAndGet();
		this.meters.counter("skein.cypher.queries", "query", query.name()).increment();
	}

}
