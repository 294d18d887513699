package io.skein.support;

import java.util.ArrayList;
import java.util.List;

import io.skein.graph.Neo4jEndpoint;

import org.springframework.core.env.Environment;

/**
 * The command-line arguments that point another Skein instance (a process or a second application context)
 * at this test application's store: its Bolt URI (the embedded store's connector, or the Neo4j server the
 * test runs on) and, where the server asks for them, the same credentials.
 */
public final class SameStoreArguments {

	private SameStoreArguments() {
	}

	public static List<String> of(Neo4jEndpoint endpoint, Environment env) {
		List<String> args = new ArrayList<>();
		args.add("--spring.neo4j.uri=" + endpoint.boltUri());
		String username = env.getProperty("spring.neo4j.authentication.username");
		if (username != null) {
			args.add("--spring.neo4j.authentication.username=" + username);
			args.add("--spring.neo4j.authentication.password=" + env.getProperty("spring.neo4j.authentication.password"));
		}
		return args;
	}

}
