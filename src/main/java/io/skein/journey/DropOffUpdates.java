package io.skein.journey;

import java.util.List;

import io.skein.ingest.CustomerChanged;
import io.skein.ingest.CustomersChanged;
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

	DropOffUpdates(DropOffService dropOffs, JourneyDefinitions definitions, RealtimeUpdates realtime) {
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

	@Scheduled(cron = "${skein.journey.sweep-cron:0 37 * * * *}")
	synchronized void sweep() {
		this.dropOffs.recomputeAll();
	}

}
