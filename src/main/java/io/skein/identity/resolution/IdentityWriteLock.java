package io.skein.identity.resolution;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Serialises resolution runs and steward actions within this process: each reads the graph, decides,
 * then rewrites customers, and two of them interleaving could act on a stale read.
 */
@Component
public class IdentityWriteLock {

	private final ReentrantLock lock = new ReentrantLock(true);

	public <T> T locked(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			this.lock.unlock();
		}
	}

}
