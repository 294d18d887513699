package io.skein.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bootstrap's store writes, run one at a time in the order given on a thread of their own, so the next
 * batch is checked and stitched in memory while this one is written (the two cores each have work). The
 * memory work never reads what these writes write, so order is all they need. At most {@value #IN_FLIGHT}
 * writes wait, which keeps the batches held in memory few. A failed write fails the next {@link #submit} or
 * {@link #drain}, and nothing after it is written.
 */
final class BootstrapWriter implements AutoCloseable {

	/** Batches written or waiting at once. */
	static final int IN_FLIGHT = 2;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "skein-bootstrap-writer");
		t.setDaemon(true);
		return t;
	});

	private final Semaphore slots = new Semaphore(IN_FLIGHT);

	private final ImportPhases phases;

	private volatile RuntimeException failed;

	BootstrapWriter(ImportPhases phases) {
		this.phases = phases;
	}

	/**
	 * Queues a write, timed under {@code phase}; waits while {@value #IN_FLIGHT} are queued already (timed
	 * under {@link ImportPhases#WAITING_FOR_WRITES}) and returns how long, in nanoseconds.
	 */
	long submit(String phase, Runnable write) {
		rethrow();
		long start = System.nanoTime();
		acquire();
		long waited = System.nanoTime() - start;
		this.phases.add(ImportPhases.WAITING_FOR_WRITES, waited);
		this.thread.execute(() -> {
			try {
				if (this.failed == null) {
					this.phases.timeOverlapped(phase, write);
				}
			}
			catch (RuntimeException ex) {
				this.failed = ex;
			}
			finally {
				this.slots.release();
			}
		});
		return waited;
	}

	/** Waits until every queued write is stored; throws the first that failed. */
	void drain() {
		this.phases.time(ImportPhases.WAITING_FOR_WRITES, () -> {
			acquire(IN_FLIGHT);
			this.slots.release(IN_FLIGHT);
		});
		rethrow();
	}

	@Override
	public void close() {
		this.thread.shutdown();
		try {
			this.thread.awaitTermination(1, TimeUnit.HOURS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void rethrow() {
		RuntimeException ex = this.failed;
		if (ex != null) {
			throw ex;
		}
	}

	private void acquire() {
		acquire(1);
	}

	private void acquire(int permits) {
		try {
			this.slots.acquire(permits);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the bootstrap's writes", ex);
		}
	}

}
