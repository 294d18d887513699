package io.skein.journey;

import java.util.List;

import io.skein.ingest.CustomerChanged;
import io.skein.ingest.CustomersChanged;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.purpose.RealtimeUpdates;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps drop-offs current: an event that completes a journey clears its drop-off at once; the sweep
 * detects journeys that have gone silent for long enough.
 */
@Component
class DropOffUpdates {

	private final DropOffService dropOffs;

	private final JourneyDefinitions definitions;

	private final RealtimeUpdates realtime;

	private final DerivedStateUpkeep upkeep;

	DropOffUpdates(DropOffService dropOffs, JourneyDefinitions definitions, RealtimeUpdates realtime,
			DerivedStateUpkeep upkeep) {
		this.upkeep = upkeep;
		this.dropOffs = dropOffs;
		this.definitions = definitions;
		this.realtime = realtime;
	}

	/** Serialised: two requests touching one customer must not rebuild its derived nodes at once. */
	@EventListener
	synchronized void on(CustomersChanged changed) {
		if (!this.realtime.enabled()) {
			return;
		}
		List<String> relevant = changed.changes()
			.stream()
			.filter(c -> c.eventType() == null || this.definitions.dropOffEventTypes().contains(c.eventType()))
			.map(CustomerChanged::customerId)
			.distinct()
			.toList();
		if (!relevant.isEmpty()) {
			this.dropOffs.recompute(relevant);
		}
	}

	/** The hourly sweep for drop-offs; skipped (false) while a bulk import holds derived-state upkeep. */
	@Scheduled(cron = "${skein.journey.sweep-cron:0 37 * * * *}")
	void scheduledSweep() {
		sweep();
	}

	synchronized boolean sweep() {
		if (this.upkeep.isHeld()) {
			return false;
		}
		this.dropOffs.recomputeAll();
		return true;
	}

}
