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

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@QueryMapping
	List<ApiKeys.Key> apiKeys() {
		return this.keys.list();
	}

	@MutationMapping
	ApiKeys.NewKey createApiKey(@Argument String name, @Argument Role role) {
		return this.keys.create(name, role);
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
