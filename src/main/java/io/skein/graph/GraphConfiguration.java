package io.skein.graph;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds {@link Graph} and brings the schema up to date before anything else may use it. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	Graph graph(Driver driver, MeterRegistry meters) {
		Graph graph = new Graph(driver, meters);
		new SchemaMigrations(graph).apply();
		return graph;
	}

}
