package io.skein.support;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a scheduled turn as the schedule calls it: the turn takes its store lease and does the work under
 * it (a turn once handed its work to the method that takes the same lease, which then waited for the turn's
 * own lease and never ran), and an instance firing during the turn's hold skips it. The lease is freed after,
 * since a turn keeps it, for the tests that run next on the same store.
 */
public final class ScheduledTurns {

	private ScheduledTurns() {
	}

	public static void assertDoesItsWorkUnderItsLease(Supplier<Optional<Boolean>> turn, String lease, Driver driver) {
		try {
			assertThat(turn.get()).as("the turn ran its work").contains(true);
			assertThat(turn.get()).as("an instance firing during the turn's hold skips it").isEmpty();
		}
		finally {
			try (Session session = driver.session()) {
				session.run("MATCH (l:Lease {name: $name}) DELETE l", Map.of("name", lease)).consume();
			}
		}
	}

}
