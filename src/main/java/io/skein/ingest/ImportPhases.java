package io.skein.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where one import's time went, phase by phase, in the order each phase first ran (for {@code import
 * --profile} and the bench). A phase run on another thread beside the import's own ({@link #timeOverlapped})
 * is marked so: its time overlaps the others' and is not part of their sum.
 */
public final class ImportPhases {

	/** The importing thread waiting for the bootstrap's background writes ({@link BootstrapWriter}). */
	public static final String WAITING_FOR_WRITES = "bootstrap: waiting for its writes";

	/** Resolving the records imported, at the import's end (from the store, or from a bootstrap's memory). */
	public static final String END_RESOLUTION = "end resolution";

	private final Map<String, Long> nanos = new LinkedHashMap<>();

	private final Map<String, Boolean> overlapped = new LinkedHashMap<>();

	/** One phase's total time; {@code overlapped} when it ran beside the importing thread. */
	public record Phase(String name, Duration took, boolean overlapped) {
	}

	/** Runs {@code work}, adding its time to {@code phase}. */
	public <T> T time(String phase, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			add(phase, System.nanoTime() - start, false);
		}
	}

	/** Runs {@code work}, adding its time to {@code phase}. */
	public void time(String phase, Runnable work) {
		time(phase, () -> {
			work.run();
			return null;
		});
	}

	/** Runs {@code work} on a thread beside the importing one, adding its time to {@code phase}. */
	public void timeOverlapped(String phase, Runnable work) {
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			add(phase, System.nanoTime() - start, true);
		}
	}

	public void add(String phase, long elapsedNanos) {
		add(phase, elapsedNanos, false);
	}

	private synchronized void add(String phase, long elapsedNanos, boolean besides) {
		this.nanos.merge(phase, elapsedNanos, Long::sum);
		this.overlapped.put(phase, besides);
	}

	public synchronized List<Phase> phases() {
		List<Phase> phases = new ArrayList<>();
		this.nanos.forEach((name, took) -> phases.add(new Phase(name, Duration.ofNanos(took), this.overlapped.get(name))));
		return List.copyOf(phases);
	}

}
