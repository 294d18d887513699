package io.skein.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skein.identity.steward.ReviewQueue;
import io.skein.ingest.CustomersChanged;
import io.skein.journey.DropOffCleared;
import io.skein.journey.DropOffDetected;
import io.skein.journey.DropOffService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers {@code skein.review.queue.depth} and {@code skein.journey.backlog}. Both are counted at most
 * once per {@code skein.operations.gauge-ttl}, and again after ingestion or a drop-off change; steward
 * actions and resolution runs show within the TTL.
 */
@Component
class OperationsGauges {

	static final String REVIEW_QUEUE_DEPTH = "skein.review.queue.depth";

	static final String JOURNEY_BACKLOG = "skein.journey.backlog";

	private final CachedCount reviewQueue;

	private final CachedCount journeyBacklog;

	OperationsGauges(MeterRegistry meters, ReviewQueue reviewQueue, DropOffService dropOffs,
			OperationsProperties properties) {
		this.reviewQueue = new CachedCount(REVIEW_QUEUE_DEPTH, reviewQueue::depth, properties.gaugeTtl());
		this.journeyBacklog = new CachedCount(JOURNEY_BACKLOG, dropOffs::backlog, properties.gaugeTtl());
		Gauge.builder(REVIEW_QUEUE_DEPTH, this.reviewQueue, CachedCount::value)
			.description("Pairs waiting in the steward review queue: REVIEW-band pairs and held merges between "
					+ "different customers, not banned (the reviewQueue totalCount)")
			.register(meters);
		Gauge.builder(JOURNEY_BACKLOG, this.journeyBacklog, CachedCount::value)
			.description("Open drop-offs of active customers: journeys started and abandoned that no completion "
					+ "has cleared, each waiting for a follow-up")
			.register(meters);
	}

	/** Ingestion may add pairs' customers, merge them (taking pairs off the queue) or move drop-offs. */
	@EventListener
	void on(CustomersChanged changed) {
		this.reviewQueue.invalidate();
		this.journeyBacklog.invalidate();
	}

	@EventListener
	void on(DropOffDetected detected) {
		this.journeyBacklog.invalidate();
	}

	@EventListener
	void on(DropOffCleared cleared) {
		this.journeyBacklog.invalidate();
	}

}
