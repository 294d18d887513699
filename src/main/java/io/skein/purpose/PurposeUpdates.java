package io.skein.purpose;

import io.skein.graph.Graph;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStatePart;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.orchestration.StoreLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps purposes current: the customer a record or event touched is recomputed at once, and every
 * customer on a schedule, so silence turns applications into drop-outs and interests dormant.
 */
@Component
@Order(1)
class PurposeUpdates implements DerivedStatePart {

	private static final Logger log = LoggerFactory.getLogger(PurposeUpdates.class);

	private final PurposeService purposes;

	private final RealtimeUpdates realtime;

	private final DerivedStateUpkeep upkeep;

	/** The store lease a purpose sweep runs under; kept this long after a scheduled turn so no other instance repeats it. */
	static final String SWEEP_LEASE = "purpose.sweep";

	static final java.time.Duration SWEEP_HOLD = java.time.Duration.ofMinutes(10);

	private final StoreLease lease;

	PurposeUpdates(PurposeService purposes, RealtimeUpdates realtime, DerivedStateUpkeep upkeep, StoreLease lease) {
		this.lease = lease;
		this.upkeep = upkeep;
		this.purposes = purposes;
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
		if (this.realtime.enabled()) {
			this.purposes.recompute(tx, changed.customerIds());
		}
		return NOTHING_AFTER;
	}

	/** The hourly sweep for silence; skipped (false) while a bulk import holds derived-state upkeep. */
	@Scheduled(cron = "${skein.purpose.sweep-cron:0 7 * * * *}")
	void scheduledSweep() {
		scheduledTurn();
	}

	/**
	 * The scheduled turn: the first instance to fire takes the lease and sweeps under it (not through
	 * {@link #sweep()}, which would wait for the lease this turn already holds); empty when another instance
	 * runs this turn.
	 */
	java.util.Optional<Boolean> scheduledTurn() {
		java.util.Optional<Boolean> swept = this.lease.turn(SWEEP_LEASE, SWEEP_HOLD, this::sweepNow);
		if (swept.isEmpty()) {
			log.debug("Purpose sweep: another instance runs this turn");
		}
		return swept;
	}

	/** One sweep, at most one at a time across instances (the store lease {@value #SWEEP_LEASE}). */
	boolean sweep() {
		return this.lease.exclusively(SWEEP_LEASE, SWEEP_HOLD, java.time.Duration.ZERO, this::sweepNow).orElse(false);
	}

	private boolean sweepNow() {
		if (this.upkeep.isHeld()) {
			log.info("Purpose sweep skipped: a bulk import is running");
			return false;
		}
		int visited = this.purposes.recomputeAll();
		log.debug("Purpose sweep visited {} customers", visited);
		return true;
	}

}
