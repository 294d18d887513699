package io.skein.delivery;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link OutboxDispatcher#dispatchOnce} every {@code skein.delivery.interval} on one background thread
 * when {@code skein.delivery.enabled} (off in tests, which drive the dispatcher themselves, and in CLI
 * commands); rounds follow each other at once while they come back full. Stops before the store closes,
 * letting the round in progress finish its current sends (up to 30 s).
 */
class DeliveryScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

	private static final int MAX_ROUNDS_IN_A_ROW = 50;

	private final OutboxDispatcher dispatcher;

	private final DeliveryProperties settings;

	private final Clock clock;

	private volatile ScheduledExecutorService executor;

	DeliveryScheduler(OutboxDispatcher dispatcher, DeliveryProperties settings, Clock clock) {
		this.dispatcher = dispatcher;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (!this.settings.enabled()) {
			log.debug("Delivery: the outbox dispatcher is off (skein.delivery.enabled=false)");
			return;
		}
		if (!this.dispatcher.unavailable().isEmpty()) {
			// one line: a demo without a mail host or gateways is normal, not a warning
			log.info("Delivery: not configured, their messages stay PENDING: {}", String.join("; ",
					this.dispatcher.unavailable().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
		}
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "skein-delivery");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.settings.interval().toMillis();
		this.executor.scheduleWithFixedDelay(this::rounds, every, every, TimeUnit.MILLISECONDS);
		log.info("Delivery: dispatching the outbox every {} as {}", this.settings.interval(), this.dispatcher.owner());
	}

	private void rounds() {
		try {
			for (int i = 0; i < MAX_ROUNDS_IN_A_ROW && isRunning(); i++) {
				DispatchReport report = this.dispatcher.dispatchOnce(this.clock.instant());
				if (report.claimed() > 0) {
					log.info("Delivery: {}", report);
				}
				if (report.claimed() < this.settings.batchSize()) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// the store may be away for a moment: the next round tries again, claims expire if we stopped mid-batch
			log.warn("Delivery round failed: {}", ex.toString());
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
		}
		catch (InterruptedException ex) {
			running.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
