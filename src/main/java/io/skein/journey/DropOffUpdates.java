package io.skein.journey;

import java.util.List;

import io.skein.ingest.CustomerChanged;
import io.skein.graph.Graph;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStatePart;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.orchestration.StoreLease;
import io.skein.purpose.RealtimeUpdates;

import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps drop-offs current: an event that completes a journey clears its drop-off at once; the sweep
 * detects journeys that have gone silent for long enough.
 */
@Component
@Order(2)
class DropOffUpdates implements DerivedStatePart {

	private final DropOffService dropOffs;

	private final JourneyDefinitions definitions;

	private final RealtimeUpdates realtime;

	private final DerivedStateUpkeep upkeep;

	/** The store lease a drop-off sweep runs under; kept this long after a scheduled turn so no other instance repeats it. */
	static final String SWEEP_LEASE = "dropoff.sweep";

	static final java.time.Duration SWEEP_HOLD = java.time.Duration.ofMinutes(10);

	private final StoreLease lease;

	DropOffUpdates(DropOffService dropOffs, JourneyDefinitions definitions, RealtimeUpdates realtime,
			DerivedStateUpkeep upkeep, StoreLease lease) {
		this.lease = lease;
		this.upkeep = upkeep;
		this.dropOffs = dropOffs;
		this.definitions = definitions;
		this.realtime = realtime;
	}

	/**
	 * Serialised within this instance (the upkeep holds this monitor), so two requests touching one customer do
	 * not rebuild its derived nodes at once here; across instances the later rebuild wins and the sweep bounds any
	 * lag (README, "Many instances").
	 */
	@Override
	public Object monitor() {
		return this;
	}

	@Override
	public Runnable update(Graph.Tx tx, CustomersChanged changed) {
		if (!this.realtime.enabled()) {
			return NOTHING_AFTER;
		}
		List<String> relevant = changed.changes()
			.stream()
			.filter(c -> c.eventType() == null || this.definitions.dropOffEventTypes().contains(c.eventType()))
			.map(CustomerChanged::customerId)
			.distinct()
			.toList();
		return relevant.isEmpty() ? NOTHING_AFTER : this.dropOffs.recompute(tx, relevant);
	}

	/** The hourly sweep for drop-offs; skipped (false) while a bulk import holds derived-state upkeep. */
	@Scheduled(cron = "${skein.journey.sweep-cron:0 37 * * * *}")
	void scheduledSweep() {
		scheduledTurn();
	}

	/**
	 * The scheduled turn: the first instance to fire takes the lease and sweeps under it (not through
	 * {@link #sweep()}, which would wait for the lease this turn already holds); empty when another instance
	 * runs this turn.
	 */
	java.util.Optional<Boolean> scheduledTurn() {
		return this.lease.turn(SWEEP_LEASE, SWEEP_HOLD, this::sweepNow);
	}

	/** One sweep, at most one at a time across instances (the store lease {@value #SWEEP_LEASE}). */
	boolean sweep() {
		return this.lease.exclusively(SWEEP_LEASE, SWEEP_HOLD, java.time.Duration.ZERO, this::sweepNow).orElse(false);
	}

	private boolean sweepNow() {
		if (this.upkeep.isHeld()) {
			return false;
		}
		this.dropOffs.recomputeAll();
		return true;
	}

}
