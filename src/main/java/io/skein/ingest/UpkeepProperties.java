package io.skein.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How derived state (segment memberships, purposes, drop-offs) follows ingestion ({@code skein.upkeep.*}).
 *
 * @param mode {@code async} (default): ingestion returns once its writes commit and one background worker
 * brings derived state up to date, coalescing customers touched meanwhile; {@code sync}: every ingest call
 * updates derived state before it returns (read-your-writes, at the cost of latency)
 * @param sliceSize customers handed to the listeners at once by the worker
 */
@ConfigurationProperties("skein.upkeep")
public record UpkeepProperties(Mode mode, int sliceSize) {

	public enum Mode {

		ASYNC, SYNC

	}

	public UpkeepProperties {
		mode = mode == null ? Mode.ASYNC : mode;
		sliceSize = sliceSize <= 0 ? 2000 : sliceSize;
	}

}
