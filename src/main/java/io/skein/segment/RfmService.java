package io.skein.segment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;

import org.springframework.stereotype.Service;

/**
 * Computes RFM scores for every active customer from their transaction events in the configured window
 * (by default Card_transaction, Bill_paid, EMI_paid and Salary_credited over 365 days, amount in
 * {@code amount}) and stores them on the customer as {@code rfmR, rfmF, rfmM}.
 */
@Service
public class RfmService {

	private final Graph graph;

	private final SegmentProperties properties;

	private final Clock clock;

	private final NamedQuery inputs;

	private final NamedQuery write;

	RfmService(Graph graph, CypherQueries queries, SegmentProperties properties, Clock clock) {
		this.graph = graph;
		this.properties = properties;
		this.clock = clock;
		this.inputs = queries.get("segment/rfm-inputs");
		this.write = queries.get("segment/rfm-write");
	}

	/** Recomputes and stores every active customer's scores; returns how many customers were scored. */
	public int recompute() {
		Instant now = this.clock.instant();
		SegmentProperties.Rfm rfm = this.properties.rfm();
		List<RfmScores.Input> rows = this.graph.query(this.inputs,
				Map.of("types", rfm.eventTypes(), "from", SegmentRepository.utc(now.minus(rfm.windowDays(), ChronoUnit.DAYS)),
						"amountProperty", "prop." + rfm.amountProperty()),
				r -> new RfmScores.Input(r.get("customerId").asString(), SegmentRepository.instant(r.get("last")),
						r.get("frequency").asLong(), r.get("monetary").asDouble()));
		List<Map<String, Object>> scores = RfmScores.score(rows)
			.values()
			.stream()
			.map(s -> Map.<String, Object>of("customerId", s.customerId(), "r", s.r(), "f", s.f(), "m", s.m()))
			.toList();
		this.graph.execute(this.write, Map.of("scores", scores, "now", SegmentRepository.utc(now)));
		return scores.size();
	}

}
