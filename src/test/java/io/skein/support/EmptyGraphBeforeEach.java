package io.skein.support;

import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.segment.ShippedSegments;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the graph before each test, so tests sharing one store never see each other's data, and puts
 * back the shipped attribute definitions, blocking-key scheme and address-key mark a freshly started application has; the
 * declared source ranks survivorship caches are read again (none).
 */
public class EmptyGraphBeforeEach implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		empty(SpringExtension.getApplicationContext(context));
	}

	/** Empties the graph and puts the shipped attribute definitions back, as before each test. */
	public static void empty(org.springframework.context.ApplicationContext spring) {
		spring.getBean(TestClock.class).reset();
		spring.getBean(io.skein.security.GuessingLimitsGuard.class).reset();
		spring.getBean(Graph.class).execute(spring.getBean(CypherQueries.class).get("test/delete-all"), Map.of());
		// Shipped attribute definitions are configuration every rule relies on, as after a real start.
		spring.getBean(ShippedSegments.class).ensureAttributes();
		// A fresh store's records carry the current blocking-key scheme (the migration says so on a real start).
		spring.getBean(Graph.class).execute(spring.getBean(CypherQueries.class).get("identity/set-block-key-scheme"),
				Map.of("version", io.skein.identity.matching.BlockingKeys.SCHEME));
		// A started store's records all carry their address key (the start marks it so).
		spring.getBean(Graph.class).execute(spring.getBean(CypherQueries.class).get("graph/mark-address-keys"), Map.of());
		// No source is declared any more: read the (empty) ranks now, so a test's first 360 runs no extra query.
		io.skein.security.Sources sources = spring.getBean(io.skein.security.Sources.class);
		sources.forget();
		sources.declared();
	}

}
