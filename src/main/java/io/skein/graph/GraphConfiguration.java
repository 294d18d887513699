package io.skein.graph;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Builds {@link Graph} on the database {@code skein.neo4j.database} names (unset: the server's default
 * database) and brings the schema up to date before anything else may use it. On the embedded store its
 * transactions run in this process ({@link InProcessTransactions}) unless {@code skein.neo4j.in-process=false}
 * sends them through Bolt, as they go to a server.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	Graph graph(Driver driver, MeterRegistry meters, Environment env, ObjectProvider<EmbeddedNeo4j> embedded) {
		String database = env.getProperty("skein.neo4j.database");
		EmbeddedNeo4j store = embedded.getIfAvailable();
		InProcessTransactions inProcess = store != null && env.getProperty("skein.neo4j.in-process", Boolean.class, true)
				? new InProcessTransactions(() -> store.database(database)) : null;
		if (inProcess != null) {
			LoggerFactory.getLogger(GraphConfiguration.class)
				.info("Transactions on the embedded store run in this process; Bolt serves outside tools");
		}
		Graph graph = new Graph(driver, meters, database, inProcess);
		new SchemaMigrations(graph).apply();
		return graph;
	}

}
