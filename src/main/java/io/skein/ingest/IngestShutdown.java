package io.skein.ingest;

import java.time.Duration;

import io.skein.identity.resolution.RealtimeResolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown (or a pause of the context) for ingestion: stops after the web server has drained its requests (higher phases
 * stop first) and before the store closes, letting the chunk in flight commit and refusing new ones, then
 * delivering the derived-state updates still queued.
 */
@Component
class IngestShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestShutdown.class);

	private final IngestService ingest;

	private final DerivedStateUpkeep upkeep;

	private final RealtimeResolution resolution;

	private volatile boolean running;

	IngestShutdown(IngestService ingest, DerivedStateUpkeep upkeep, RealtimeResolution resolution) {
		this.resolution = resolution;
		this.ingest = ingest;
		this.upkeep = upkeep;
	}

	@Override
	public void start() {
		this.ingest.resume();
		this.upkeep.reopen();
		this.resolution.reopen();
		this.running = true;
	}

	@Override
	public void stop() {
		try {
			if (!this.ingest.drain(Duration.ofSeconds(30))) {
				log.warn("An ingestion chunk was still being written after 30s; stopping anyway (it rolls back)");
			}
			// Records committed are resolved, then their derived state is brought up to date, before the store closes.
			this.resolution.close();
			// Derived state of what was committed is brought up to date before the store closes.
			this.upkeep.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

}
