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

	ScheduledRetraining(ResolutionService resolution, RealtimeResolution realtime) {
		this.resolution = resolution;
		this.realtime = realtime;
	}

	@Scheduled(cron = "${skein.resolution.retrain-cron:-}")
	void retrain() {
		if (this.realtime.isHeld()) {
			log.info("Scheduled retraining skipped: a bulk import is running");
			return;
		}
		log.info("Scheduled retraining: {}", this.resolution.resolve(true).summary().replace('\n', ';'));
	}

}
