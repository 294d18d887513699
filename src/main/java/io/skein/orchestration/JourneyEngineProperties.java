package io.skein.orchestration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Journey engine settings ({@code skein.journeys.*}).
 *
 * @param enabled whether the scheduler runs the engine (tests drive {@link JourneyEngine#runOnce} themselves)
 * @param interval the pause between two runs of the scheduler
 * @param batchSize due instances read per round trip
 * @param maxInstancesPerRun instances advanced in one run at most (the rest wait for the next run)
 * @param lookback how far back a trigger occurrence (segment entry, event, drop-off...) still enrols a customer
 * @param leaseTtl how long the engine's lease lasts unless renewed; a crashed owner's lease expires after it
 */
@ConfigurationProperties("skein.journeys")
public record JourneyEngineProperties(Boolean enabled, Duration interval, int batchSize, int maxInstancesPerRun,
		Duration lookback, Duration leaseTtl) {

	public JourneyEngineProperties {
		enabled = enabled == null || enabled;
		interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofMinutes(1) : interval;
		batchSize = batchSize <= 0 ? 50 : batchSize;
		maxInstancesPerRun = maxInstancesPerRun <= 0 ? 5000 : maxInstancesPerRun;
		lookback = lookback == null || lookback.isNegative() || lookback.isZero() ? Duration.ofDays(7) : lookback;
		leaseTtl = leaseTtl == null || leaseTtl.isNegative() || leaseTtl.isZero() ? Duration.ofMinutes(2) : leaseTtl;
	}

}
