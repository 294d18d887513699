package io.skein.graph;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** With {@code spring.neo4j.uri} set, Boot's driver connects there; this only records the endpoint. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.neo4j.uri")
class ExternalNeo4jConfiguration {

	@Bean
	Neo4jEndpoint neo4jEndpoint(Environment env) {
		return new Neo4jEndpoint(env.getRequiredProperty("spring.neo4j.uri"), false);
	}

}
