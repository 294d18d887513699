package io.skein.graph;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts Neo4j in-process when no {@code spring.neo4j.uri} is configured and points the application's
 * one {@link Driver} at its Bolt port. With a URI configured this class is skipped and Boot's own driver
 * configuration connects to that server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(Environment env) {
		return EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.from(env));
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j embeddedNeo4j) {
		Config config = Config.builder().withMaxConnectionPoolSize(64).build();
		Driver driver = GraphDatabase.driver(embeddedNeo4j.boltUri(), embeddedNeo4j.authToken(), config);
		driver.verifyConnectivity();
		return driver;
	}

	@Bean
	EmbeddedBulkLoad embeddedBulkLoad(EmbeddedNeo4j embeddedNeo4j, Graph graph, CypherQueries queries) {
		return new EmbeddedBulkLoad(embeddedNeo4j, graph, queries);
	}

	@Bean
	Neo4jEndpoint neo4jEndpoint(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jEndpoint(embeddedNeo4j.boltUri(), true);
	}

}
