package io.skein.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where one import's time went, phase by phase, in the order each phase first ran (for {@code import
 * --profile} and the bench). Used by the importing thread only.
 */
public final class ImportPhases {

	private final Map<String, Long> nanos = new LinkedHashMap<>();

	/** One phase's total time. */
	public record Phase(String name, Duration took) {
	}

	/** Runs {@code work}, adding its time to {@code phase}. */
	public <T> T time(String phase, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			add(phase, System.nanoTime() - start);
		}
	}

	/** Runs {@code work}, adding its time to {@code phase}. */
	public void time(String phase, Runnable work) {
		time(phase, () -> {
			work.run();
			return null;
		});
	}

	public void add(String phase, long elapsedNanos) {
		this.nanos.merge(phase, elapsedNanos, Long::sum);
	}

	public List<Phase> phases() {
		List<Phase> phases = new ArrayList<>();
		this.nanos.forEach((name, took) -> phases.add(new Phase(name, Duration.ofNanos(took))));
		return List.copyOf(phases);
	}

}
