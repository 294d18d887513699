package io.skein.identity.golden;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declared-rank cache: a rank changed in the store by another instance is seen once the TTL has passed,
 * one changed on this instance (invalidate) at once; within the TTL the store is not read again; a failed
 * read serves the last ranks.
 */
class CachedSourceRanksTest {

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicReference<Object> store = new AtomicReference<>(Map.of("core_banking", 1));

	@SuppressWarnings("unchecked")
	private final CachedSourceRanks ranks = new CachedSourceRanks(() -> {
		this.reads.incrementAndGet();
		if (this.store.get() instanceof RuntimeException ex) {
			throw ex;
		}
		return (Map<String, Integer>) this.store.get();
	}, Duration.ofSeconds(30), this.now::get);

	@Test
	void anotherInstancesChangeIsSeenWithinTheTtl() {
		assertThat(this.ranks.declared()).containsEntry("core_banking", 1);
		this.store.set(Map.of("core_banking", 2));
		this.now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(this.ranks.declared()).as("still cached").containsEntry("core_banking", 1);
		assertThat(this.reads).hasValue(1);
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.ranks.declared()).as("after the TTL").containsEntry("core_banking", 2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aDeclarationHereIsSeenAtOnce() {
		this.ranks.declared();
		this.store.set(Map.of("core_banking", 1, "crm", 2));
		this.ranks.invalidate();
		assertThat(this.ranks.declared()).containsEntry("crm", 2);
	}

	@Test
	void aFailedReadServesTheLastRanksAndTheFirstFailurePropagates() {
		this.store.set(new IllegalStateException("store down"));
		assertThatThrownBy(this.ranks::declared).hasMessage("store down");
		this.store.set(Map.of("crm", 1));
		assertThat(this.ranks.declared()).containsEntry("crm", 1);
		this.store.set(new IllegalStateException("store down"));
		this.ranks.invalidate();
		assertThat(this.ranks.declared()).containsEntry("crm", 1);
	}

}
