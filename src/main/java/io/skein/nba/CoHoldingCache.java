package io.skein.nba;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.skein.customer.AccountView.ProductView;
import io.skein.ingest.CustomersChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The co-holding counts and catalogue, read from the graph at most every few minutes and again as soon
 * as a record (which may change holdings) is stored.
 */
@Component
class CoHoldingCache {

	static final Duration TTL = Duration.ofMinutes(10);

	private final OfferRepository repository;

	private final Clock clock;

	private volatile Snapshot snapshot;

	CoHoldingCache(OfferRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	record Snapshot(CoHoldingStats stats, List<ProductView> catalogue, Instant loadedAt) {
	}

	Snapshot get() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(TTL).isBefore(now) || current.loadedAt().isAfter(now)) {
			current = new Snapshot(new CoHoldingStats(this.repository.holdings()), this.repository.products(), now);
			this.snapshot = current;
		}
		return current;
	}

	@EventListener
	void on(CustomersChanged changed) {
		if (changed.changes().stream().anyMatch(c -> c.eventType() == null)) {
			this.snapshot = null;
		}
	}

}
