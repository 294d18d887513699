package io.skein.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.consent.ConsentProperties;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;

import org.springframework.stereotype.Service;

/**
 * Customers' learnt engagement from the graph: their journey messages that went out (the outbox, SENT or
 * FAILED) and the engagement events naming a message's key ({@link #OPEN_TYPES}), at the hour of
 * {@code skein.consent.zone} the message went; the population prior is every customer's, recomputed at most
 * every {@link #POPULATION_TTL}. The estimate is {@link EngagementEstimator}'s, as in {@code evaluate-journeys}.
 */
@Service
public class EngagementService {

	/** Events that count as an open of the message named by their {@code messageKey} property. */
	public static final List<String> OPEN_TYPES = List.of("message_opened", "message_clicked", "converted");

	static final Duration POPULATION_TTL = Duration.ofMinutes(10);

	private final Graph graph;

	private final CypherQueries queries;

	private final Clock clock;

	private final String zone;

	private final EngagementEstimator estimator = new EngagementEstimator();

	private volatile EngagementEstimator.Population population;

	private volatile Instant populationAt;

	EngagementService(Graph graph, CypherQueries queries, Clock clock, ConsentProperties consent) {
		this.graph = graph;
		this.queries = queries;
		this.clock = clock;
		this.zone = ZoneId.of(consent.zone()).getId();
		queries.get("engagement/observations");
		queries.get("engagement/population");
	}

	/** The zone hours are read in. */
	public ZoneId zone() {
		return ZoneId.of(this.zone);
	}

	public Engagement of(String customerId) {
		return of(List.of(customerId)).get(customerId);
	}

	/** Per customer id, its engagement (the population's best for a customer with no history). */
	public Map<String, Engagement> of(List<String> customerIds) {
		Map<String, List<EngagementEstimator.Observation>> seen = new HashMap<>();
		customerIds.forEach(id -> seen.put(id, new ArrayList<>()));
		Map<String, Object> params = Map.of("ids", customerIds, "zone", this.zone, "openTypes", OPEN_TYPES);
		this.graph.query(this.queries.get("engagement/observations"), params, r -> seen.get(r.get("customerId").asString())
			.add(new EngagementEstimator.Observation(r.get("channel").asString(), r.get("hour").asInt(),
					r.get("opened").asBoolean())));
		EngagementEstimator.Population prior = population();
		Map<String, Engagement> out = new LinkedHashMap<>();
		for (String id : customerIds) {
			out.put(id, this.estimator.estimate(seen.get(id), prior, EngagementEstimator.CHANNELS));
		}
		return out;
	}

	/** The population prior, cached for {@link #POPULATION_TTL}. */
	EngagementEstimator.Population population() {
		Instant now = this.clock.instant();
		EngagementEstimator.Population cached = this.population;
		if (cached != null && this.populationAt != null && now.isBefore(this.populationAt.plus(POPULATION_TTL))
				&& !now.isBefore(this.populationAt)) {
			return cached;
		}
		List<EngagementEstimator.Cell> cells = this.graph.query(this.queries.get("engagement/population"),
				Map.of("zone", this.zone, "openTypes", OPEN_TYPES), r -> new EngagementEstimator.Cell(r.get("channel").asString(),
						r.get("hour").asInt(), r.get("sends").asInt(), r.get("opens").asInt()));
		this.population = this.estimator.populationOf(cells);
		this.populationAt = now;
		return this.population;
	}

	/** Forgets the cached population (tests that write feedback and read at once). */
	public void refresh() {
		this.population = null;
	}

}
