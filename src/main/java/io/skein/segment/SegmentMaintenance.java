package io.skein.segment;

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

	SegmentMaintenance(RfmService rfm, MembershipEvaluator evaluator) {
		this.rfm = rfm;
		this.evaluator = evaluator;
	}

	@Scheduled(fixedDelayString = "${skein.segments.recheck-interval:PT15M}",
			initialDelayString = "${skein.segments.recheck-interval:PT15M}")
	void scheduled() {
		run();
	}

	/** Recomputes RFM scores and re-checks every segment now; what the schedule runs. */
	public MembershipEvaluator.Outcome run() {
		int scored = this.rfm.recompute();
		MembershipEvaluator.Outcome outcome = this.evaluator.recheckAll();
		log.info("Segments re-checked: {} customers scored, {} segments, {} entered, {} exited", scored,
				outcome.segments(), outcome.entered(), outcome.exited());
		return outcome;
	}

}
