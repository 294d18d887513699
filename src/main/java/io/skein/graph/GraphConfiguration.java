package io.skein.graph;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Builds {@link Graph} on the database {@code skein.neo4j.database} names (unset: the server's default
 * database) and brings the schema up to date before anything else may use it.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	Graph graph(Driver driver, MeterRegistry meters, Environment env) {
		Graph graph = new Graph(driver, meters, env.getProperty("skein.neo4j.database"));
		new SchemaMigrations(graph).apply();
		return graph;
	}

}
