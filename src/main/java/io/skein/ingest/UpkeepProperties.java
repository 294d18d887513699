package io.skein.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How derived state (segment memberships, purposes, drop-offs) follows ingestion ({@code skein.upkeep.*}).
 *
 * @param mode {@code async} (default): ingestion returns once its writes commit and one background worker
 * brings derived state up to date, coalescing customers touched meanwhile; {@code sync}: every ingest call
 * updates derived state before it returns (read-your-writes, at the cost of latency)
 * @param sliceSize customers handed to the listeners at once by the worker
 * @param linger how long the worker waits after a change before it updates, so that the customers of the
 * writes arriving meanwhile are updated together: a stream of single-record writes then costs a few
 * transactions (and log forces) per slice instead of per write, beside the writes it would slow
 */
@ConfigurationProperties("skein.upkeep")
public record UpkeepProperties(Mode mode, int sliceSize, Duration linger) {

	static final Duration DEFAULT_LINGER = Duration.ofMillis(200);

	public enum Mode {

		ASYNC, SYNC

	}

	@ConstructorBinding
	public UpkeepProperties {
		mode = mode == null ? Mode.ASYNC : mode;
		sliceSize = sliceSize <= 0 ? 2000 : sliceSize;
		linger = linger == null || linger.isNegative() ? DEFAULT_LINGER : linger;
	}

	public UpkeepProperties(Mode mode, int sliceSize) {
		this(mode, sliceSize, null);
	}

}
