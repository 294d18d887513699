package io.skein.orchestration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.skein.graphql.InvalidInputException;
import io.skein.ingest.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Checked journey definitions by key and version, as the engine runs them: an instance runs the version it
 * started on. A stored version never changes, so each is checked once (cached by its text).
 */
@Component
class Definitions {

	private static final Logger log = LoggerFactory.getLogger(Definitions.class);

	private static final int MAX_CACHED = 500;

	private final JourneyService journeys;

	private final Map<String, JourneyDefinition> checked = new ConcurrentHashMap<>();

	Definitions(JourneyService journeys) {
		this.journeys = journeys;
	}

	/** The definition of a journey at a version, or null when there is none or it no longer checks. */
	JourneyDefinition get(String key, int version) {
		Journey journey = this.journeys.get(key, version).orElse(null);
		if (journey == null) {
			return null;
		}
		String text = Json.canonical(journey.definition());
		JourneyDefinition found = this.checked.get(text);
		if (found != null) {
			return found;
		}
		try {
			JourneyDefinition definition = this.journeys.check(journey.definition(), "");
			if (this.checked.size() >= MAX_CACHED) {
				this.checked.clear();
			}
			this.checked.put(text, definition);
			return definition;
		}
		catch (InvalidInputException ex) {
			log.warn("Journey {} v{} no longer checks ({}: {}); its instances wait", key, version, ex.field(), ex.getMessage());
			return null;
		}
	}

}
