package io.skein.changefeed;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the publisher every {@code skein.kafka.changes.interval} on one background thread when Kafka out is
 * configured (rounds follow each other at once while they come back full), and the retention purge every
 * {@value #PURGE_EVERY_MINUTES} minutes in any case: published events older than the retention, and without a
 * publisher all of them (so an instance without Kafka keeps a bounded feed). On stop it lets the round in
 * progress finish and gives the lease up.
 */
class ChangeFeedScheduler implements SmartLifecycle {

	static final int PURGE_EVERY_MINUTES = 60;

	private static final int PURGE_LIMIT = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ChangeFeedScheduler.class);

	private final ChangeFeedPublisher publisher;

	private final ChangeFeedStore store;

	private final ChangeFeedProperties settings;

	private final Clock clock;

	private volatile ScheduledExecutorService executor;

	ChangeFeedScheduler(ChangeFeedPublisher publisher, ChangeFeedStore store, ChangeFeedProperties settings, Clock clock) {
		this.publisher = publisher;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "skein-change-feed");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::purge, PURGE_EVERY_MINUTES, PURGE_EVERY_MINUTES, TimeUnit.MINUTES);
		if (this.publisher != null) {
			long every = this.settings.interval().toMillis();
			this.executor.scheduleWithFixedDelay(this::rounds, every, every, TimeUnit.MILLISECONDS);
			log.info("Change feed: publishing customer change events to Kafka topic {} as {}", this.settings.topic(),
					this.publisher.owner());
		}
	}

	private void rounds() {
		try {
			for (int i = 0; i < 50 && isRunning(); i++) {
				ChangeFeedPublisher.Round round = this.publisher.publishOnce(this.clock.instant());
				if (round.published() > 0) {
					log.debug("Change feed: {}", round);
				}
				if (!round.leased() || round.published() < round.pending() || round.pending() == 0) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// the store or the brokers may be away for a moment: the next round tries again, nothing is marked unsent
			log.warn("Change feed round failed: {}", ex.toString());
		}
	}

	void purge() {
		try {
			Instant before = this.clock.instant().minus(this.settings.retention());
			int purged = this.store.purge(before, this.publisher == null, PURGE_LIMIT);
			if (purged > 0) {
				log.info("Change feed: {} events recorded before {} purged", purged, before);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Change feed purge failed: {}", ex.toString());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running == null) {
			return;
		}
		running.shutdown();
		try {
			if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
				running.shutdownNow();
			}
			if (this.publisher != null) {
				this.publisher.release(this.clock.instant());
			}
		}
		catch (InterruptedException ex) {
			running.shutdownNow();
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.debug("Change feed: lease not released ({}), it expires in {}", ex.toString(), this.settings.leaseTtl());
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
