package io.skein.security;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** API key administration; who may call it is the access policy's business, not this class's. */
@Controller
class ApiKeyController {

	private final ApiKeys keys;

	private final Sources sources;

	ApiKeyController(ApiKeys keys, Sources sources) {
		this.keys = keys;
		this.sources = sources;
	}

	@QueryMapping
	List<ApiKeys.Key> apiKeys() {
		return this.keys.list();
	}

	@MutationMapping
	ApiKeys.NewKey createApiKey(@Argument String name, @Argument Role role, @Argument List<String> sources) {
		if (role == Role.INGEST && (sources == null || sources.isEmpty())) {
			throw new io.skein.graphql.InvalidInputException("sources",
					"an INGEST key must name the declared sources it may write");
		}
		if (sources != null) {
			this.sources.requireDeclared(sources);
		}
		return this.keys.create(name, role, sources);
	}

	@QueryMapping
	List<Sources.Source> sources() {
		return this.sources.list();
	}

	@MutationMapping
	Sources.Source declareSource(@Argument String name, @Argument int rank, graphql.schema.DataFetchingEnvironment env) {
		return this.sources.declare(name, rank, Callers.of(env.getGraphQlContext()).principal());
	}

	@MutationMapping
	ApiKeys.Key revokeApiKey(@Argument String id) {
		return this.keys.revoke(id);
	}

	@SchemaMapping(typeName = "NewApiKey", field = "apiKey")
	ApiKeys.Key apiKey(ApiKeys.NewKey created) {
		return created.key();
	}

	@SchemaMapping(typeName = "NewApiKey", field = "key")
	String key(ApiKeys.NewKey created) {
		return created.secret();
	}

}
