package io.skein.orchestration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.skein.graphql.InvalidInputException;
import io.skein.graphql.NotFoundException;
import io.skein.ingest.ProductCatalogue;
import io.skein.segment.Rules;

import org.springframework.stereotype.Service;

/**
 * Defines journeys (checked, then stored as the next version), reads them at any version, pauses and
 * resumes them. Running instances finish on the version they started: a new version changes
 * only who enters from then on.
 */
@Service
public class JourneyService {

	private final JourneyRepository journeys;

	private final Rules rules;

	private final Clock clock;

	JourneyService(JourneyRepository journeys, Rules rules, Clock clock) {
		this.journeys = journeys;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Checks a definition against what exists now; throws {@link InvalidInputException} naming the path at
	 * fault under {@code root} (the GraphQL argument; empty for none).
	 */
	public JourneyDefinition check(Map<String, Object> definition, String root) {
		return JourneyParser.parse(definition, root, new JourneyContext(this.rules.context(false), ProductCatalogue.codes(),
				ProductCatalogue.categories()));
	}

	/** Stores a checked definition as version 1 or the next version (none when equal to the newest). */
	public Journey define(Map<String, Object> definition, String root, String definedBy) {
		JourneyDefinition checked = check(definition, root);
		int version = this.journeys.define(checked.key(), definition, this.clock.instant(), definedBy);
		return this.journeys.get(checked.key(), version).orElseThrow();
	}

	public List<Journey> all() {
		return this.journeys.all();
	}

	public Optional<Journey> get(String key, Integer version) {
		return this.journeys.get(key, version);
	}

	public List<JourneyVersion> versions(String key) {
		return this.journeys.versions(key);
	}

	public Journey pause(String key) {
		return status(key, Journey.PAUSED);
	}

	public Journey resume(String key) {
		return status(key, Journey.ACTIVE);
	}

	private Journey status(String key, String status) {
		if (!this.journeys.setStatus(key, status)) {
			throw new NotFoundException("key", "no journey " + key);
		}
		return this.journeys.get(key, null).orElseThrow();
	}

}
