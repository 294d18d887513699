package io.skein.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application test on a real Neo4j: the embedded store (one per test JVM, shared through Spring's
 * context cache), a Neo4j server in a child JVM ({@code -Dskein.test.neo4j=server}, the tests tagged
 * {@code server} in every full build) or, where Docker is reachable and {@code -Dskein.test.neo4j=container},
 * a Neo4j container. The graph is emptied before each test. Derived state (segments, purposes, drop-offs) is
 * updated before each ingest call returns ({@code skein.upkeep.mode=sync}), so tests read their own writes;
 * the asynchronous default has its own tests. The HTTP server listens on a random port. Declared source
 * ranks are cached for an hour ({@code skein.golden.source-rank-ttl}): a test declares through this
 * instance, which invalidates the cache at once, and query-counting tests see no rank reads; the TTL
 * itself is tested on its own ({@code CachedSourceRanksTest}). {@code skein.golden.source-priority} lists
 * one source no other test sends, {@code legacy_mainframe}, as an existing deployment's list would
 * ({@code DeclaredSourceRanksTest}).
 * The hourly purpose and drop-off sweeps are not scheduled ({@code -}): a scheduled turn keeps its store lease
 * for ten minutes, so a test calling {@code sweep()} in those minutes found the lease taken. Tests call the
 * sweeps themselves.
 * The outbox dispatcher does not run on a schedule ({@code skein.delivery.enabled=false}): delivery tests
 * drive their own dispatchers.
 * In-process GraphQL runs as a test ADMIN ({@link TestCaller}); HTTP calls send the test admin key
 * ({@link TestCredentials}) unless a test asks for other credentials.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "skein.demo.seed-on-empty=false", "skein.upkeep.mode=sync", "skein.neo4j.bolt-port=0", "skein.neo4j.page-cache-mb=64",
				"skein.golden.source-rank-ttl=1h", "skein.golden.source-priority=legacy_mainframe",
				"spring.main.banner-mode=off", "skein.delivery.enabled=false", "skein.journeys.enabled=false",
				"skein.purpose.sweep-cron=-", "skein.journey.sweep-cron=-" })
@ContextConfiguration(initializers = { TestNeo4j.class, TestCredentials.class })
@AutoConfigureGraphQlTester
@ExtendWith({ EmptyGraphBeforeEach.class, TestCaller.class })
public @interface SkeinTest {

}
