package io.skein.orchestration;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.skein.security.Callers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Queries, mutations and fields of {@code orchestration.graphqls}. */
@Controller
class JourneyDefinitionController {

	private final JourneyService journeys;

	JourneyDefinitionController(JourneyService journeys) {
		this.journeys = journeys;
	}

	@QueryMapping
	List<Journey> journeys() {
		return this.journeys.all();
	}

	@QueryMapping
	Journey journey(@Argument String key, @Argument Integer version) {
		return this.journeys.get(key, version).orElse(null);
	}

	@MutationMapping
	Journey defineJourney(@Argument Map<String, Object> definition, DataFetchingEnvironment env) {
		return this.journeys.define(definition, "definition", Callers.of(env.getGraphQlContext()).principal());
	}

	@MutationMapping
	Journey pauseJourney(@Argument String key) {
		return this.journeys.pause(key);
	}

	@MutationMapping
	Journey resumeJourney(@Argument String key) {
		return this.journeys.resume(key);
	}

	@SchemaMapping(typeName = "Journey")
	List<JourneyVersion> versions(Journey journey) {
		return this.journeys.versions(journey.key());
	}

}
