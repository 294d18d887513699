package io.skein.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The one way Skein runs Cypher: named queries with bound parameters, inside transactions that are
 * retried on transient failures (so work handed to {@link #write} must have no side effects outside the
 * transaction). Every query is counted by name, which is how tests prove batching. Reads run in read
 * transactions, which a Neo4j cluster routes to its followers and read replicas, writes in write
 * transactions, which go to the leader; both are counted ({@code skein.cypher.transactions{access}}), which
 * is how tests prove a read-only request opens no write transaction. Write transactions that committed a change
 * are counted apart ({@link #commits}): each is a transaction-log append, which the store forces to disk.
 */
public class Graph {

	/** How long a write keeps retrying transient failures (deadlocks, leader switches), as the driver's default. */
	static final Duration MAX_RETRY = Duration.ofSeconds(30);

	private final Driver driver;

	private final MeterRegistry meters;

	private final AtomicLong queriesRun = new AtomicLong();

	private final AtomicLong writeTransactions = new AtomicLong();

	private final AtomicLong commits = new AtomicLong();

	private final String database;

	/** Transactions on the embedded store in this process; null: every transaction through the driver. */
	private final InProcessTransactions inProcess;

	/** Replaced by {@link #forgetBookmarks()}: sessions share one bookmark manager of this instance's. */
	private volatile SessionConfig sessions;

	public Graph(Driver driver, MeterRegistry meters) {
		this(driver, meters, null);
	}

	/**
	 * {@code database} null or blank: the server's default database. Every session shares one bookmark manager,
	 * so on a cluster a read that follows a write of this instance sees it (causal consistency), whichever member
	 * serves the read.
	 */
	public Graph(Driver driver, MeterRegistry meters, String database) {
		this(driver, meters, database, null);
	}

	/**
	 * As above, with {@code inProcess} (the embedded store of this process) running explicit transactions without
	 * Bolt; auto-commit statements ({@link #writeInBatches}) still go through {@code driver}.
	 */
	Graph(Driver driver, MeterRegistry meters, String database, InProcessTransactions inProcess) {
		this.inProcess = inProcess;
		this.driver = driver;
		this.meters = meters;
		this.database = database;
		this.sessions = sessions(database);
	}

	/** Whether explicit transactions run in this process on the embedded store rather than through the driver. */
	boolean runsInProcess() {
		return this.inProcess != null;
	}

	/**
	 * Drops the bookmarks of the writes so far: after a store's database was replaced
	 * ({@link EmbeddedNeo4j#restartWith}) they name transactions the new database never had, and every session
	 * carrying them would wait for those until it failed.
	 */
	public void forgetBookmarks() {
		this.sessions = sessions(this.database);
	}

	private static SessionConfig sessions(String database) {
		SessionConfig.Builder config = SessionConfig.builder()
			.withBookmarkManager(BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build()));
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		return config.build();
	}

	/**
	 * Every transaction begun here holds this for reading; {@link #whileStopped} holds it for writing, so while the
	 * embedded store is stopped for a bulk load the other users of this process (scheduled sweeps, leases) wait for
	 * it instead of failing, and the store stops only once their transactions ended. One process owns an embedded
	 * store, so this in-process gate covers all its users.
	 */
	private final java.util.concurrent.locks.ReentrantReadWriteLock open = new java.util.concurrent.locks.ReentrantReadWriteLock();

	/** Runs {@code work} (which stops and starts the embedded store) once no transaction of this process is open, none beginning meanwhile. */
	public void whileStopped(EmbeddedBulkLoad.IoWork work) throws java.io.IOException {
		this.open.writeLock().lock();
		try {
			work.run();
		}
		finally {
			this.open.writeLock().unlock();
		}
	}

	private <T> T whileOpen(Supplier<T> work) {
		this.open.readLock().lock();
		try {
			return work.get();
		}
		finally {
			this.open.readLock().unlock();
		}
	}

	/** Runs one query in a read transaction and maps each row. */
	public <T> List<T> query(NamedQuery query, Map<String, ?> params, Function<Record, T> mapper) {
		return read(tx -> tx.query(query, params, mapper));
	}

	/** A read inside a request's deadline ({@link QueryDeadline}) is stopped by Neo4j when the deadline passes. */
	public <T> T read(Function<Tx, T> work) {
		return whileOpen(() -> reading(work));
	}

	private <T> T reading(Function<Tx, T> work) {
		Duration remaining = QueryDeadline.remaining();
		TransactionConfig config = remaining == null ? TransactionConfig.empty()
				: TransactionConfig.builder().withTimeout(remaining).build();
		this.meters.counter("skein.cypher.transactions", "access", "read").increment();
		try {
			if (this.inProcess != null) {
				return readingInProcess(remaining, work);
			}
			try (Session session = this.driver.session(this.sessions)) {
				return session.executeRead(ctx -> work.apply(new Tx(Statements.of(ctx), false)), config);
			}
		}
		catch (Neo4jException ex) {
			if (remaining != null && ex.code() != null && ex.code().contains("TransactionTimedOut")) {
				throw new QueryDeadline.Passed();
			}
			throw ex;
		}
	}

	/** A read in this process, retried on transient failures as the driver's managed read would be. */
	private <T> T readingInProcess(Duration timeout, Function<Tx, T> work) {
		return retryingTransient(
				() -> this.inProcess.inTransaction(timeout, (statements, commit) -> work.apply(new Tx(statements, false))),
				() -> {
				});
	}

	/**
	 * Runs work in a write transaction. A deadlock between two writers (ingest and the upkeep worker lock
	 * the same customers) is retried after a few milliseconds, growing with each attempt; the driver's own
	 * retry waits a second first, which is most of a request's time budget.
	 */
	public <T> T write(Function<Tx, T> work) {
		return whileOpen(() -> writing(work));
	}

	private <T> T writing(Function<Tx, T> work) {
		return retrying(() -> {
			if (this.inProcess != null) {
				return this.inProcess.inTransaction(null, (statements, commit) -> attempt(work, statements, commit));
			}
			try (Session session = this.driver.session(this.sessions); Transaction tx = session.beginTransaction()) {
				return attempt(work, Statements.of(tx), tx::commit);
			}
		});
	}

	/** One attempt of a write: {@code work}, then the commit, counted when it changed the graph. */
	private <T> T attempt(Function<Tx, T> work, Statements statements, Runnable commit) {
		Tx writing = new Tx(statements, true);
		T result = work.apply(writing);
		commit.run();
		if (writing.changed) {
			this.commits.incrementAndGet();
			// named by the transaction's first query, which tells whose commit it was
			this.meters.counter("skein.cypher.commits", "first", writing.first).increment();
		}
		return result;
	}

	/** Runs a write attempt again on transient failures, for up to {@link #MAX_RETRY}; counts each attempt. */
	private <T> T retrying(Supplier<T> attempt) {
		return retryingTransient(attempt, () -> {
			this.writeTransactions.incrementAndGet();
			this.meters.counter("skein.cypher.transactions", "access", "write").increment();
		});
	}

	/** Runs {@code attempt} again on transient failures, for up to {@link #MAX_RETRY}, {@code each} before every attempt. */
	private <T> T retryingTransient(Supplier<T> attempt, Runnable each) {
		long deadline = System.nanoTime() + MAX_RETRY.toNanos();
		for (int n = 1;; n++) {
			each.run();
			try {
				return attempt.get();
			}
			catch (Neo4jException ex) {
				if (!(ex instanceof RetryableException) || System.nanoTime() > deadline) {
					throw ex;
				}
				this.meters.counter("skein.cypher.retries", "reason", ex.getClass().getSimpleName()).increment();
				pause(n);
			}
		}
	}

	private static void pause(int attempt) {
		long ceiling = Math.min(1_000, 10L << Math.min(attempt, 7));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a write", ex);
		}
	}

	/** Runs one query in its own write transaction. */
	public void execute(NamedQuery query, Map<String, ?> params) {
		write(tx -> {
			tx.run(query, params);
			return null;
		});
	}

	/**
	 * Runs one statement that commits its own batches ({@code CALL { ... } IN TRANSACTIONS}), which cannot run
	 * inside a transaction begun here: an auto-commit transaction. A transient failure runs it again, so the
	 * statement must be safe to re-run after some of its batches committed.
	 */
	public <T> List<T> writeInBatches(NamedQuery query, Map<String, ?> params, Function<Record, T> mapper) {
		return whileOpen(() -> retrying(() -> {
			try (Session session = this.driver.session(this.sessions)) {
				return new Tx(Statements.of(session), false).query(query, params, mapper);
			}
		}));
	}

	/** Queries run since start, across all names. */
	public long queriesRun() {
		return this.queriesRun.get();
	}

	/** Write transactions begun since start, retries included. */
	public long writeTransactions() {
		return this.writeTransactions.get();
	}

	/**
	 * Write transactions begun here that committed a change (a statement reported an update), retries not
	 * included: the transaction-log appends, each forced to disk, that the store made for this process.
	 */
	public long commits() {
		return this.commits.get();
	}

	/** A transaction in progress: named queries only. */
	public final class Tx {

		private final Statements ctx;

		/** Whether statements' summaries are read for updates (write transactions begun here). */
		private final boolean counting;

		private boolean changed;

		private String first;

		private Tx(Statements ctx, boolean counting) {
			this.ctx = ctx;
			this.counting = counting;
		}

		@SuppressWarnings("unchecked")
		public List<Record> run(NamedQuery query, Map<String, ?> params) {
			count(query);
			if (this.first == null) {
				this.first = query.name();
			}
			long start = System.nanoTime();
			try {
				return this.ctx.list(query.text(), (Map<String, Object>) params, updates -> {
					if (this.counting && updates) {
						this.changed = true;
					}
				});
			}
			finally {
				Graph.this.meters.timer("skein.cypher.latency", "query", query.name())
					.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
			}
		}

		public <T> List<T> query(NamedQuery query, Map<String, ?> params, Function<Record, T> mapper) {
			return run(query, params).stream().map(mapper).toList();
		}

		/** Runs a query and hands its rows to {@code rows} as they arrive, none held: for results of any size. */
		@SuppressWarnings("unchecked")
		public void stream(NamedQuery query, Map<String, ?> params, java.util.function.Consumer<Record> rows) {
			count(query);
			this.ctx.stream(query.text(), (Map<String, Object>) params, rows);
		}

		/** For schema statements and migrations, which cannot be parameterised; never for user values. */
		void runStatement(String statement) {
			this.ctx.run(statement);
		}

	}

	private void count(NamedQuery query) {
		this.queriesRun.incrementAndGet();
		this.meters.counter("skein.cypher.queries", "query", query.name()).increment();
	}

}
