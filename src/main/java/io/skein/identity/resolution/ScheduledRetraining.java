package io.skein.identity.resolution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains the match model and reconciles the whole store with it on {@code skein.resolution.retrain-cron}
 * (off, {@code -}, by default; e.g. {@code 0 30 2 * * *} nightly). Between runs every write resolves in real
 * time with the stored model. Skips its turn while a bulk import holds real-time resolution: the import
 * resolves what it brought at its end.
 */
@Component
class ScheduledRetraining {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRetraining.class);

	private final ResolutionService resolution;

	private final RealtimeResolution realtime;

	private final io.skein.orchestration.StoreLease lease;

	ScheduledRetraining(ResolutionService resolution, RealtimeResolution realtime,
			io.skein.orchestration.StoreLease lease) {
		this.lease = lease;
		this.resolution = resolution;
		this.realtime = realtime;
	}

	@Scheduled(cron = "${skein.resolution.retrain-cron:-}")
	void retrain() {
		if (this.realtime.isHeld()) {
			log.info("Scheduled retraining skipped: a bulk import is running");
			return;
		}
		// the first instance to fire takes this turn (kept 10 minutes), so the others do not retrain again
		this.lease.turn("resolution.scheduled", java.time.Duration.ofMinutes(10), () -> {
			log.info("Scheduled retraining: {}", this.resolution.resolve(true).summary().replace('\n', ';'));
			return true;
		});
	}

}
