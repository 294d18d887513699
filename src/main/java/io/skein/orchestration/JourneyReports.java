package io.skein.orchestration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Builds {@link JourneyReport}s. Conversions are the journey's goals (the {@code goalEvent} and
 * {@code goalProduct} of every version's EXIT_ON_GOAL steps) reached within {@link #WINDOW_DAYS} days of
 * entry, counted the same way for the control group (which got no message and whose goal watch may never have
 * started) as for the treated: not the engine's GOAL exits, which only the instances that reached that step
 * could have.
 */
@Service
public class JourneyReports {

	/** Days after entry in which a goal counts as a conversion. */
	public static final int WINDOW_DAYS = 30;

	static final String TREATMENT = "TREATMENT";

	static final String CONTROL = "CONTROL";

	private final Graph graph;

	private final CypherQueries queries;

	private final JourneyService journeys;

	private final Definitions definitions;

	JourneyReports(Graph graph, CypherQueries queries, JourneyService journeys, Definitions definitions) {
		this.graph = graph;
		this.queries = queries;
		this.journeys = journeys;
		this.definitions = definitions;
		List.of("report-groups", "report-messages").forEach(n -> queries.get("orchestration/" + n));
	}

	public JourneyReport report(String key, Instant from, Instant to) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidInputException("to", "must be after from");
		}
		this.journeys.get(key, null).orElseThrow(() -> new NotFoundException("key", "no journey " + key));
		Set<String> events = new LinkedHashSet<>();
		Set<String> products = new LinkedHashSet<>();
		for (JourneyVersion version : this.journeys.versions(key)) {
			JourneyDefinition definition = this.definitions.get(key, version.version());
			if (definition != null) {
				for (Step step : definition.steps()) {
					if (step instanceof Step.ExitOnGoal goal) {
						if (goal.goalEvent() != null) {
							events.add(goal.goalEvent());
						}
						if (goal.goalProduct() != null) {
							products.add(goal.goalProduct());
						}
					}
				}
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("journey", key);
		params.put("from", from == null ? null : JourneyInstance.utc(from));
		params.put("to", to == null ? null : JourneyInstance.utc(to));
		params.put("events", List.copyOf(events));
		params.put("products", List.copyOf(products));
		params.put("windowDays", WINDOW_DAYS);
		List<JourneyReport.VersionGroup> versions = this.graph.query(this.queries.get("orchestration/report-groups"), params,
				r -> new JourneyReport.VersionGroup(r.get("version").asInt(), r.get("holdout").asBoolean() ? CONTROL : TREATMENT,
						r.get("entries").asInt(), r.get("conversions").asInt()));
		List<JourneyReport.MessageCount> messages = this.graph.query(this.queries.get("orchestration/report-messages"),
				params, r -> new JourneyReport.MessageCount(r.get("channel").asString(), r.get("status").asString(),
						r.get("count").asInt()));
		List<String> goals = new ArrayList<>(events);
		goals.addAll(products);
		JourneyReport.Group treated = group(TREATMENT, versions);
		JourneyReport.Group control = group(CONTROL, versions);
		Uplift uplift = goals.isEmpty() ? null
				: Uplift.of(treated.entries(), treated.conversions(), control.entries(), control.conversions());
		return new JourneyReport(key, from, to, goals, WINDOW_DAYS, List.of(treated, control), versions, messages,
				uplift == null ? null : uplift.value(), uplift == null ? null : uplift.low(),
				uplift == null ? null : uplift.high(), caption(key, goals, treated, control, uplift));
	}

	private static JourneyReport.Group group(String name, List<JourneyReport.VersionGroup> versions) {
		int entries = 0;
		int conversions = 0;
		for (JourneyReport.VersionGroup v : versions) {
			if (v.group().equals(name)) {
				entries += v.entries();
				conversions += v.conversions();
			}
		}
		return new JourneyReport.Group(name, entries, conversions, entries == 0 ? null : (double) conversions / entries);
	}

	static String caption(String key, List<String> goals, JourneyReport.Group treated, JourneyReport.Group control,
			Uplift uplift) {
		int entries = treated.entries() + control.entries();
		if (entries == 0) {
			return "Nobody entered " + key + " in this period.";
		}
		String who = String.format(Locale.ROOT, "%d customers entered %s: %d were sent its messages, %d held out as control.",
				entries, key, treated.entries(), control.entries());
		if (goals.isEmpty()) {
			return who + " The journey has no goal (EXIT_ON_GOAL step), so conversions are not measured.";
		}
		String rates = String.format(Locale.ROOT, " Reached the goal (%s) within %d days of entry: %s of the treated, %s of the control group.",
				String.join(" or ", goals), WINDOW_DAYS, percent(treated), percent(control));
		if (uplift == null) {
			return who + rates + (control.entries() == 0
					? " There is no control group (holdoutShare 0, or nobody held out yet), so no uplift can be measured."
					: " Nobody was treated, so no uplift can be measured.");
		}
		String verdict = uplift.low() > 0 ? "the journey raised conversions"
				: uplift.high() < 0 ? "the journey lowered conversions" : "not distinguishable from no effect";
		return who + rates + String.format(Locale.ROOT, " Uplift %+.1f points (95%% CI %+.1f to %+.1f): %s.",
				100 * uplift.value(), 100 * uplift.low(), 100 * uplift.high(), verdict);
	}

	private static String percent(JourneyReport.Group group) {
		return group.conversionRate() == null ? "n/a (nobody)"
				: String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100 * group.conversionRate(), group.conversions(), group.entries());
	}

}
