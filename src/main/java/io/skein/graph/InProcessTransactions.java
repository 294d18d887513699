package io.skein.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Transactions on the embedded store run in this process, without Bolt: the driver's way to its own
 * process's store costs the packing of every parameter and row, a socket round trip per statement and the
 * threads on both ends (measured: ~10 ms of CPU of a ~40 ms real-time fuzzy ingest, 40% of a scope walk's
 * query). Rows come back as the driver's records and Neo4j's errors as the driver's exceptions with the same
 * codes, so retries, deadlines and everything above {@link Graph} behave as over Bolt. Bolt itself stays up
 * for Neo4j Browser, the CLI's checks and outside tools. Auto-commit statements ({@code CALL { } IN
 * TRANSACTIONS}) still go through the driver, which is where Neo4j runs them.
 */
final class InProcessTransactions {

	private final Supplier<GraphDatabaseService> database;

	/** {@code database}: asked at each transaction, as a restarted store is a new instance. */
	InProcessTransactions(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	/**
	 * Runs {@code work} in a new transaction ({@code timeout} null: the store's default), handing it the
	 * transaction's statements and what commits it; a transaction {@code work} did not commit is rolled back.
	 */
	<T> T inTransaction(Duration timeout, BiFunction<Statements, Runnable, T> work) {
		GraphDatabaseService db = this.database.get();
		Transaction tx = translated(() -> timeout == null ? db.beginTx() : db.beginTx(Math.max(1, timeout.toMillis()),
				TimeUnit.MILLISECONDS));
		try {
			return work.apply(new EmbeddedStatements(tx), () -> translated(() -> {
				tx.commit();
				return null;
			}));
		}
		finally {
			try {
				tx.close();
			}
			catch (RuntimeException closing) {
				// rolling back a transaction the store already ended (timed out, terminated): the error that ended it was thrown
			}
		}
	}

	private static final class EmbeddedStatements implements Statements {

		private final Transaction tx;

		EmbeddedStatements(Transaction tx) {
			this.tx = tx;
		}

		@Override
		public List<Record> list(String text, Map<String, Object> params, Consumer<Boolean> updates) {
			return translated(() -> {
				try (Result result = this.tx.execute(text, EmbeddedValues.parameters(params))) {
					List<Record> rows = new ArrayList<>();
					List<String> keys = result.columns();
					while (result.hasNext()) {
						rows.add(record(keys, result.next()));
					}
					updates.accept(result.getQueryStatistics().containsUpdates());
					return rows;
				}
			});
		}

		@Override
		public void stream(String text, Map<String, Object> params, Consumer<Record> rows) {
			translated(() -> {
				try (Result result = this.tx.execute(text, EmbeddedValues.parameters(params))) {
					List<String> keys = result.columns();
					while (result.hasNext()) {
						rows.accept(record(keys, result.next()));
					}
				}
				return null;
			});
		}

		@Override
		public void run(String statement) {
			translated(() -> {
				try (Result result = this.tx.execute(statement)) {
					while (result.hasNext()) {
						result.next();
					}
				}
				return null;
			});
		}

		private static Record record(List<String> keys, Map<String, Object> row) {
			List<Value> values = new ArrayList<>(keys.size());
			for (String key : keys) {
				values.add(EmbeddedValues.toDriver(row.get(key)));
			}
			return new InternalRecord(keys, values);
		}

	}

	/** Runs a call on the embedded API, Neo4j's errors thrown as the driver throws them. */
	static <T> T translated(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/**
	 * Neo4j's error as the driver reports it (its status code decides the class, as the driver decides), any other
	 * exception as it is: {@code work}'s own exceptions pass through this untouched.
	 */
	static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof org.neo4j.driver.exceptions.Neo4jException) {
			return ex;
		}
		String code = statusCode(ex);
		if (code == null) {
			return ex;
		}
		String message = ex.getMessage() != null ? ex.getMessage() : code;
		RuntimeException translated;
		// as the driver: a terminated transaction is the client's doing, not worth a retry
		if (code.startsWith("Neo.TransientError.") && !code.equals("Neo.TransientError.Transaction.Terminated")
				&& !code.equals("Neo.TransientError.Transaction.LockClientStopped")) {
			translated = new TransientException(code, message);
		}
		else if (code.startsWith("Neo.ClientError.") || code.startsWith("Neo.TransientError.")) {
			translated = new ClientException(code, message);
		}
		else {
			translated = new DatabaseException(code, message);
		}
		try {
			translated.initCause(ex);
		}
		catch (IllegalStateException causeAlreadySet) {
			translated.addSuppressed(ex);
		}
		return translated;
	}

	private static String statusCode(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof QueryExecutionException q && q.getStatusCode() != null) {
				return q.getStatusCode();
			}
			if (t instanceof Status.HasStatus s && s.status() != null) {
				return s.status().code().serialize();
			}
		}
		return null;
	}

}
