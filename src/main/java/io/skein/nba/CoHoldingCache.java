package io.skein.nba;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import io.skein.customer.AccountView.ProductView;
import io.skein.ingest.CustomersChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The co-holding counts and catalogue, read from the graph at most every few minutes and again as soon
 * as a record (which may change holdings or attributes) is stored.
 */
@Component
class CoHoldingCache {

	static final Duration TTL = Duration.ofMinutes(10);

	private final OfferRepository repository;

	private final OfferSettings settings;

	private final Signals signals;

	private final Clock clock;

	private volatile Snapshot snapshot;

	CoHoldingCache(OfferRepository repository, OfferSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.signals = new Signals(settings);
		this.clock = clock;
	}

	/** The counts, the catalogue, and the day ages were counted on (a scored customer's age is taken on it too). */
	record Snapshot(CoHoldingStats stats, List<ProductView> catalogue, Instant loadedAt, LocalDate today,
			Signals signals) {

		Set<String> signalsOf(OfferRepository.Facts facts) {
			return this.signals.of(facts, this.today);
		}

	}

	Snapshot get() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(TTL).isBefore(now) || current.loadedAt().isAfter(now)) {
			LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
			List<CoHoldingStats.Holder> holders = this.repository.holdings(this.settings.personaAttributes())
				.stream()
				.map(f -> new CoHoldingStats.Holder(f.held(), this.signals.of(f, today)))
				.toList();
			current = new Snapshot(new CoHoldingStats(holders), this.repository.products(), now, today, this.signals);
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
