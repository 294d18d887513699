package io.skein.orchestration;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.Json;
import org.neo4j.driver.Value;

/**
 * One customer's run through one version of a journey, as stored ({@code (:JourneyInstance)}).
 *
 * @param status ACTIVE (due to run its current step), WAITING (until {@code dueAt}), COMPLETED or EXITED
 * @param visit how many times the instance has arrived at {@code currentStep} (part of a message's key)
 * @param visits per step id, how many times the instance arrived there
 * @param steps how many step runs are logged
 * @param context what steps left for later ones, e.g. {@code offer} from a RECOMMEND
 * @param goals the goals of the EXIT_ON_GOAL steps passed: maps with goalEvent or goalProduct
 * @param waitingSince when the current WAIT began (null when not waiting)
 */
public record JourneyInstance(String id, String journeyKey, int version, String customerId, String currentStep,
		String status, Instant dueAt, Instant enteredAt, Instant updatedAt, boolean holdout, int visit,
		Map<String, Integer> visits, int steps, Map<String, Object> context, List<Map<String, Object>> goals,
		Instant waitingSince, String exitReason) {

	static final String ACTIVE = "ACTIVE";

	static final String WAITING = "WAITING";

	static final String COMPLETED = "COMPLETED";

	static final String EXITED = "EXITED";

	public boolean running() {
		return ACTIVE.equals(this.status) || WAITING.equals(this.status);
	}

	@SuppressWarnings("unchecked")
	static JourneyInstance of(Value node) {
		Map<String, Integer> visits = new HashMap<>();
		Json.parseObject(node.get("visits").asString("{}")).forEach((k, v) -> visits.put(k, ((Number) v).intValue()));
		List<Object> goals = (List<Object>) Json.parse(node.get("goals").asString("[]"));
		return new JourneyInstance(node.get("id").asString(), node.get("journeyKey").asString(), node.get("version").asInt(),
				node.get("customerId").asString(), node.get("currentStep").asString(null), node.get("status").asString(),
				instant(node.get("dueAt")), instant(node.get("enteredAt")), instant(node.get("updatedAt")),
				node.get("holdout").asBoolean(false), node.get("visit").asInt(1), visits, node.get("steps").asInt(0),
				Json.parseObject(node.get("context").asString("{}")),
				goals.stream().map(g -> (Map<String, Object>) g).toList(), instant(node.get("waitingSince")),
				node.get("exitReason").asString(null));
	}

	private static Instant instant(Value value) {
		return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
	}

	static ZonedDateTime utc(Instant instant) {
		return instant == null ? null : instant.atZone(java.time.ZoneOffset.UTC);
	}

}
