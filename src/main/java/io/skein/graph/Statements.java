package io.skein.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The statements of one open transaction, whichever way it reaches the store: through the driver (Bolt, to a
 * server, a cluster or the embedded store) or in this process ({@link InProcessTransactions}). Rows come as
 * the driver's {@link Record}s either way, so the code above reads one kind of row.
 */
interface Statements {

	/** The rows of one statement, all of them; {@code updates} hears whether it changed the graph. */
	List<Record> list(String text, Map<String, Object> params, Consumer<Boolean> updates);

	/** Hands the rows of one statement to {@code rows} as they come, none held. */
	void stream(String text, Map<String, Object> params, Consumer<Record> rows);

	/** Runs a statement without parameters to its end (schema statements). */
	void run(String statement);

	/** Through the driver: an explicit transaction, a managed one, or a session's auto-commit transactions. */
	static Statements of(SimpleQueryRunner runner) {
		return new Statements() {

			@Override
			public List<Record> list(String text, Map<String, Object> params, Consumer<Boolean> updates) {
				Result result = runner.run(text, params);
				List<Record> rows = result.list();
				// the summary came with the last rows: no further round trip
				updates.accept(result.consume().counters().containsUpdates());
				return rows;
			}

			@Override
			public void stream(String text, Map<String, Object> params, Consumer<Record> rows) {
				Result result = runner.run(text, params);
				while (result.hasNext()) {
					rows.accept(result.next());
				}
			}

			@Override
			public void run(String statement) {
				runner.run(statement).consume();
			}

		};
	}

}
