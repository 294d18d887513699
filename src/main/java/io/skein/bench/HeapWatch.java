package io.skein.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap the process used while the benchmark ran: sampled every 50 ms (used heap after whatever the
 * collector last did), and the collector's own per-pool peaks, whose sum bounds it from above.
 */
final class HeapWatch implements AutoCloseable {

	private final Thread sampler;

	private volatile boolean running = true;

	private volatile long maxUsed;

	HeapWatch() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		this.sampler = new Thread(() -> {
			while (this.running) {
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				if (used > this.maxUsed) {
					this.maxUsed = used;
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-heap-watch");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	long sampledPeakBytes() {
		return this.maxUsed;
	}

	/** Sum of each heap pool's peak; pools peak at different moments, so this is an upper bound. */
	static long poolPeakBytes() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	static long maxHeapBytes() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

}
