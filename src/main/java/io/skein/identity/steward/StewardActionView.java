package io.skein.identity.steward;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.skein.ingest.Json;
import org.neo4j.driver.Value;

/** A steward action as the API shows it: before and after are the JSON snapshots stored with it. */
public record StewardActionView(String id, String type, String actor, String reason, ZonedDateTime at,
		List<String> customerIds, Object before, Object after, String undoneBy, String undoes) {

	static StewardActionView from(Value action) {
		return new StewardActionView(action.get("id").asString(), action.get("type").asString(),
				action.get("actor").asString(), action.get("reason").asString(), action.get("at").asZonedDateTime(),
				action.get("customerIds").asList(Value::asString), parse(action.get("before").asString("{}")),
				parse(action.get("after").asString("{}")), action.get("undoneBy").asString(null),
				action.get("undoes").asString(null));
	}

	static Object parse(String json) {
		return Json.parseObject(json);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> afterMap() {
		return (Map<String, Object>) this.after;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> beforeMap() {
		return (Map<String, Object>) this.before;
	}

}
