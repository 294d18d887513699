package io.skein.purpose;

import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStateUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps purposes current: the customer a record or event touched is recomputed at once, and every
 * customer on a schedule, so silence turns applications into drop-outs and interests dormant.
 */
@Component
class PurposeUpdates {

	private static final Logger log = LoggerFactory.getLogger(PurposeUpdates.class);

	private final PurposeService purposes;

	private final RealtimeUpdates realtime;

	private final DerivedStateUpkeep upkeep;

	PurposeUpdates(PurposeService purposes, RealtimeUpdates realtime, DerivedStateUpkeep upkeep) {
		this.upkeep = upkeep;
		this.purposes = purposes;
		this.realtime = realtime;
	}

	/** Serialised: two requests touching one customer must not rebuild its derived nodes at once. */
	@EventListener
	synchronized void on(CustomersChanged changed) {
		if (this.realtime.enabled()) {
			this.purposes.recompute(changed.customerIds());
		}
	}

	/** The hourly sweep for silence; skipped (false) while a bulk import holds derived-state upkeep. */
	@Scheduled(cron = "${skein.purpose.sweep-cron:0 7 * * * *}")
	void scheduledSweep() {
		sweep();
	}

	synchronized boolean sweep() {
		if (this.upkeep.isHeld()) {
			log.info("Purpose sweep skipped: a bulk import is running");
			return false;
		}
		int visited = this.purposes.recomputeAll();
		log.debug("Purpose sweep visited {} customers", visited);
		return true;
	}

}
