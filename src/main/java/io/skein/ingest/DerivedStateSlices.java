package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.skein.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a slice of changes to the {@link DerivedStatePart}s in one write transaction (one commit, one log
 * force, where each part used to commit on its own), then to the other listeners of {@link CustomersChanged}
 * (caches, gauges). If that transaction fails, every part is updated again in a transaction of its own, so a
 * failing part loses only its own work; its failure is thrown after the others committed, for the upkeep to
 * count and log.
 */
final class DerivedStateSlices implements Consumer<CustomersChanged> {

	private static final Logger log = LoggerFactory.getLogger(DerivedStateSlices.class);

	private final Graph graph;

	/** Looked up per slice, not at construction: the parts themselves depend on the upkeep. */
	private final Supplier<List<DerivedStatePart>> parts;

	private final Consumer<Object> listeners;

	DerivedStateSlices(Graph graph, Supplier<List<DerivedStatePart>> parts, Consumer<Object> listeners) {
		this.graph = graph;
		this.parts = parts;
		this.listeners = listeners;
	}

	@Override
	public void accept(CustomersChanged changed) {
		List<DerivedStatePart> all = this.parts.get();
		List<Runnable> afterCommit = new ArrayList<>();
		RuntimeException failure = null;
		try {
			afterCommit.addAll(holding(all, () -> this.graph.write(tx -> all.stream().map(p -> p.update(tx, changed)).toList())));
		}
		catch (RuntimeException ex) {
			log.warn("Derived state of {} customers in one transaction failed; updating each part in its own",
					changed.customerIds().size(), ex);
			for (DerivedStatePart part : all) {
				try {
					afterCommit.add(holding(List.of(part), () -> this.graph.write(tx -> part.update(tx, changed))));
				}
				catch (RuntimeException partFailure) {
					if (failure == null) {
						failure = partFailure;
					}
					else {
						failure.addSuppressed(partFailure);
					}
				}
			}
		}
		afterCommit.forEach(Runnable::run);
		this.listeners.accept(changed);
		if (failure != null) {
			throw failure;
		}
	}

	/** Runs work holding every part's monitor, taken in the parts' order. */
	private static <T> T holding(List<DerivedStatePart> parts, Supplier<T> work) {
		if (parts.isEmpty()) {
			return work.get();
		}
		synchronized (parts.get(0).monitor()) {
			return holding(parts.subList(1, parts.size()), work);
		}
	}

}
