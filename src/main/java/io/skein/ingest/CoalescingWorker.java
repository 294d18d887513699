package io.skein.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

/**
 * Work that follows committed writes, queued by key so that a key queued again while it waits is done
 * once (values merge), and done in slices by one background worker; or by the caller when there is no
 * worker. Holds keep the worker back during bulk work, which then {@link #flush()}es at its end. The
 * mechanism behind derived-state upkeep and real-time resolution. A worker may linger: wait a moment after
 * the first key queued so that keys queued meanwhile go in the same slice (fewer, larger deliveries while
 * writes keep coming). Delivery failures are the deliverer's to handle: this only sequences.
 *
 * @param <K> what coalesces (a customer id, a record id)
 * @param <V> what is queued for it
 */
public final class CoalescingWorker<K, V> {

	private final boolean queueWhileHeld;

	private final int sliceSize;

	private final BinaryOperator<V> merge;

	private final Consumer<List<V>> deliver;

	private final Map<K, V> pending = new LinkedHashMap<>();

	private final String name;

	private final boolean background;

	private final long lingerNanos;

	/** When the oldest key now waiting was queued (nano time); meaningful while keys wait. */
	private long firstQueuedAt;

	private Thread worker;

	private int holds;

	private int delivering;

	private boolean closed;

	/**
	 * @param name the worker thread's name
	 * @param background true for a worker thread; false: callers deliver what they offer themselves
	 * @param queueWhileHeld true: while held, offers queue even without a worker (and wait for a flush)
	 * @param sliceSize at most this many keys are delivered at once
	 * @param merge how a value queued again for a waiting key combines with the one waiting
	 * @param deliver does the work for a slice of values
	 */
	public CoalescingWorker(String name, boolean background, boolean queueWhileHeld, int sliceSize, BinaryOperator<V> merge,
			Consumer<List<V>> deliver) {
		this(name, background, queueWhileHeld, sliceSize, Duration.ZERO, merge, deliver);
	}

	/**
	 * As above, with a worker that waits up to {@code linger} after the first key queued before it delivers
	 * (less if a full slice is waiting, none for {@link #flush()} or {@link #close()}).
	 */
	public CoalescingWorker(String name, boolean background, boolean queueWhileHeld, int sliceSize, Duration linger,
			BinaryOperator<V> merge, Consumer<List<V>> deliver) {
		this.lingerNanos = linger.toNanos();
		this.name = name;
		this.background = background;
		this.queueWhileHeld = queueWhileHeld;
		this.sliceSize = sliceSize;
		this.merge = merge;
		this.deliver = deliver;
		startWorker();
	}

	private synchronized void startWorker() {
		this.worker = this.background ? new Thread(this::work, this.name) : null;
		if (this.worker != null) {
			this.worker.setDaemon(true);
			this.worker.start();
		}
	}

	/** Takes offers again after {@link #close()} (a paused context restarted), with a new worker. */
	public synchronized void reopen() {
		if (this.closed) {
			while (this.delivering > 0) {
				try {
					wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			this.closed = false;
			startWorker();
		}
	}

	/** Queues the items and returns true, or returns false when the caller is to do them itself. */
	public synchronized boolean offer(Map<K, V> items) {
		boolean queue = queues();
		if (queue) {
			if (this.pending.isEmpty()) {
				this.firstQueuedAt = System.nanoTime();
			}
			items.forEach((key, value) -> this.pending.merge(key, value, this.merge));
			notifyAll();
		}
		return queue;
	}

	/** Whether an offer now would queue (true) or leave the work to the caller (false), as {@link #offer} decides. */
	public synchronized boolean queues() {
		return !this.closed && (this.worker != null || (this.queueWhileHeld && this.holds > 0));
	}

	/** Keeps the worker back (offers still queue) until the returned handle is closed; holds nest. */
	public Hold hold() {
		synchronized (this) {
			this.holds++;
		}
		return () -> {
			synchronized (this) {
				this.holds--;
				notifyAll();
			}
		};
	}

	/** A hold on the worker, released by closing it once. */
	public interface Hold extends AutoCloseable {

		@Override
		void close();

	}

	public synchronized boolean isHeld() {
		return this.holds > 0;
	}

	/** Keys waiting. */
	public synchronized int backlog() {
		return this.pending.size();
	}

	/** Waits until nothing is queued or being delivered, or the timeout passes; true when idle. */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			while (!this.pending.isEmpty() || this.delivering > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** Delivers everything queued in the calling thread, holds notwithstanding. */
	public void flush() {
		while (true) {
			List<V> slice;
			synchronized (this) {
				if (this.pending.isEmpty()) {
					return;
				}
				slice = takeSlice();
			}
			deliverCounted(slice);
		}
	}

	/** Stops the worker after the slice it is delivering, then delivers what is queued here: for shutdown. */
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			notifyAll();
			while (this.delivering > 0) {
				try {
					wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		flush();
	}

	private void work() {
		while (true) {
			List<V> slice;
			synchronized (this) {
				// a worker replaced by reopen() after a close stops too
				while (!this.closed && Thread.currentThread() == this.worker && (this.pending.isEmpty() || this.holds > 0)) {
					try {
						wait();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				if (this.closed || Thread.currentThread() != this.worker) {
					return;
				}
				if (lingering()) {
					continue;
				}
				slice = takeSlice();
			}
			deliverCounted(slice);
		}
	}

	/**
	 * Waits (holding no lock while waiting) for the rest of the linger after the first key queued, unless a
	 * full slice is waiting already; true when it waited, so the caller checks again (closed, held, flushed).
	 */
	private boolean lingering() {
		long left = this.firstQueuedAt + this.lingerNanos - System.nanoTime();
		if (left <= 0 || this.pending.size() >= this.sliceSize) {
			return false;
		}
		try {
			wait(Math.max(1, left / 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** The first keys queued, up to the slice size, removed from the queue and counted as being delivered. */
	private List<V> takeSlice() {
		List<V> slice = new ArrayList<>();
		var it = this.pending.values().iterator();
		for (int n = 0; n < this.sliceSize && it.hasNext(); n++) {
			slice.add(it.next());
			it.remove();
		}
		this.delivering++;
		return slice;
	}

	private void deliverCounted(List<V> slice) {
		try {
			this.deliver.accept(slice);
		}
		finally {
			synchronized (this) {
				this.delivering--;
				notifyAll();
			}
		}
	}

}
