package io.skein.segment;

import io.skein.ingest.DerivedStateUpkeep;
import io.skein.orchestration.StoreLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled upkeep of segments, every {@code skein.segments.recheck-interval} (15 minutes by default):
 * RFM scores are recomputed, then every segment is re-checked so customers leave as their events age.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SegmentMaintenance {

	private static final Logger log = LoggerFactory.getLogger(SegmentMaintenance.class);

	private final RfmService rfm;

	private final MembershipEvaluator evaluator;

	private final DerivedStateUpkeep upkeep;

	/** The store lease a re-check of every segment runs under (one instance at a time). */
	static final String LEASE = "segments.recheck";

	private final StoreLease lease;

	SegmentMaintenance(RfmService rfm, MembershipEvaluator evaluator, DerivedStateUpkeep upkeep, StoreLease lease) {
		this.lease = lease;
		this.rfm = rfm;
		this.evaluator = evaluator;
		this.upkeep = upkeep;
	}

	@Scheduled(fixedDelayString = "${skein.segments.recheck-interval:PT15M}",
			initialDelayString = "${skein.segments.recheck-interval:PT15M}")
	void scheduled() {
		scheduledTurn();
	}

	/**
	 * The scheduled turn: the first instance to fire takes the lease (kept a minute after, so the others skip
	 * it) and re-checks under it; empty when another instance runs this turn.
	 */
	java.util.Optional<Boolean> scheduledTurn() {
		return this.lease.turn(LEASE, java.time.Duration.ofMinutes(1), this::runUnlessImporting);
	}

	/**
	 * The scheduled turn's work, run under the lease the turn holds (not through {@link #run()}, which would
	 * wait for that same lease); skipped (false) while a bulk import holds derived-state upkeep.
	 */
	boolean runUnlessImporting() {
		if (this.upkeep.isHeld()) {
			log.info("Segment re-check skipped: a bulk import is running");
			return false;
		}
		runNow();
		return true;
	}

	/** Recomputes RFM scores and re-checks every segment now; what the schedule runs. */
	public MembershipEvaluator.Outcome run() {
		return this.lease.exclusively(LEASE, java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(10), this::runNow)
			.orElseThrow(() -> new IllegalStateException("another instance re-checked segments for over 10 minutes"));
	}

	private MembershipEvaluator.Outcome runNow() {
		int scored = this.rfm.recompute();
		MembershipEvaluator.Outcome outcome = this.evaluator.recheckAll();
		log.info("Segments re-checked: {} customers scored, {} segments, {} entered, {} exited", scored,
				outcome.segments(), outcome.entered(), outcome.exited());
		return outcome;
	}

}
