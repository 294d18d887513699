package io.skein.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Checks a funnel request, reads every matching interaction in one round trip and counts it with
 * {@link FunnelCounter}.
 */
@Service
public class FunnelService {

	static final int MAX_STEPS = 10;

	static final Duration MAX_WINDOW = Duration.ofDays(366);

	private final Graph graph;

	private final NamedQuery hits;

	private final JourneyDefinitions definitions;

	FunnelService(Graph graph, CypherQueries queries, JourneyDefinitions definitions) {
		this.graph = graph;
		this.hits = queries.get("journey/funnel-hits");
		this.definitions = definitions;
	}

	public FunnelResult funnel(List<FunnelStep> steps, FunnelTemplate template, String window,
			FunnelBreakdown breakdown, Instant from, Instant to) {
		List<FunnelStep> checked = steps(steps, template);
		Duration span = window(window);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException("from", "must not be after to");
		}
		List<Map<String, Object>> params = checked.stream().map(s -> {
			Map<String, Object> p = new HashMap<>();
			p.put("eventType", s.eventType());
			p.put("property", s.property());
			p.put("value", s.value());
			return p;
		}).toList();
		Map<String, Object> args = new HashMap<>();
		args.put("steps", params);
		args.put("from", from == null ? null : from.atZone(ZoneOffset.UTC));
		args.put("to", to == null ? null : to.atZone(ZoneOffset.UTC));
		List<FunnelCounter.CustomerHits> customers = this.graph.query(this.hits, args,
				r -> new FunnelCounter.CustomerHits(r.get("customerId").asString(),
						r.get("hits").asList(FunnelService::hit), r.get("segments").asList(Value::asString)));
		return FunnelCounter.count(checked, span, breakdown, customers);
	}

	public List<JourneyDefinitions.Template> templates() {
		return this.definitions.funnels();
	}

	private List<FunnelStep> steps(List<FunnelStep> steps, FunnelTemplate template) {
		if ((steps == null || steps.isEmpty()) == (template == null)) {
			throw new InvalidInputException("steps", "give either steps or a template");
		}
		if (template != null) {
			return this.definitions.template(template);
		}
		if (steps.size() < 2 || steps.size() > MAX_STEPS) {
			throw new InvalidInputException("steps", "a funnel has 2 to " + MAX_STEPS + " steps, got " + steps.size());
		}
		List<FunnelStep> out = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			FunnelStep s = steps.get(i);
			if (s.eventType() == null || s.eventType().isBlank()) {
				throw new InvalidInputException("steps[" + i + "].eventType", "must not be blank");
			}
			if ((s.property() == null) != (s.value() == null)) {
				throw new InvalidInputException("steps[" + i + "]." + (s.property() == null ? "property" : "value"),
						"property and value go together");
			}
			out.add(new FunnelStep(s.eventType().strip(), s.property(), s.value(), s.label()));
		}
		return out;
	}

	private static Duration window(String text) {
		Duration span;
		try {
			span = Duration.parse(text == null ? "P30D" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("window", "not an ISO-8601 duration such as P30D or PT12H: " + text);
		}
		if (span.isNegative() || span.isZero() || span.compareTo(MAX_WINDOW) > 0) {
			throw new InvalidInputException("window", "must be positive and at most " + MAX_WINDOW.toDays() + " days");
		}
		return span;
	}

	private static FunnelCounter.Hit hit(Value h) {
		return new FunnelCounter.Hit(h.get("step").asInt(), h.get("at").asZonedDateTime().toInstant(),
				h.get("eventId").asString(), h.get("channel").asString(null));
	}

}
