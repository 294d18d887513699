package io.skein.identity.resolution;

import java.util.function.Function;

import io.skein.graph.Graph;

/**
 * Where a reconciliation's writes go: each slice in its own transaction (the whole store), or all into one
 * transaction already open (a real-time scope, so a write's resolution commits once).
 */
interface Writes {

	<T> T run(Function<Graph.Tx, T> work);

	/** Whether each run commits on its own (a full resolution) rather than inside one open transaction. */
	boolean separate();

	static Writes separate(Graph graph) {
		return new Writes() {
			@Override
			public <T> T run(Function<Graph.Tx, T> work) {
				return graph.write(work);
			}

			@Override
			public boolean separate() {
				return true;
			}
		};
	}

	static Writes in(Graph.Tx tx) {
		return new Writes() {
			@Override
			public <T> T run(Function<Graph.Tx, T> work) {
				return work.apply(tx);
			}

			@Override
			public boolean separate() {
				return false;
			}
		};
	}

}
