package io.skein.segment;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.skein.ingest.DerivedStateUpkeep;
import io.skein.ingest.UpkeepProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default, asynchronous upkeep on the real store: an ingest call returns once its writes commit, and
 * segment membership follows from the background worker without anyone asking.
 */
@TestPropertySource(properties = "skein.upkeep.mode=async")
class AsyncUpkeepTest extends SegmentTestSupport {

	@Autowired
	DerivedStateUpkeep upkeep;

	@Autowired
	ShippedSegments shipped;

	@Autowired
	SegmentService segments;

	@BeforeEach
	void shippedSegments() {
		this.shipped.ensure();
	}

	@AfterEach
	void settle() throws InterruptedException {
		// Nothing may be left for the worker when the next test empties the graph.
		assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	@Test
	void membershipFollowsAnIngestCallInTheBackground() throws InterruptedException {
		assertThat(this.upkeep.mode()).isEqualTo(UpkeepProperties.Mode.ASYNC);
		String asha;
		try (DerivedStateUpkeep.Hold held = this.upkeep.hold()) {
			asha = record("crm", "A1", Map.of("firstName", "Asha", "email", "asha@example.in"));
			event("pv-1", "Page_viewed", "asha@example.in", NOW.minus(1, ChronoUnit.DAYS), Map.of("Page category", "Insurance"));
			// Stored, but derived state waits for the worker: the ingest call did not pay for it.
			assertThat(members()).isEmpty();
			assertThat(this.upkeep.backlog()).isEqualTo(1);
		}
		assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(30))).isTrue();
		assertThat(members()).containsExactly(asha);
	}

	@Test
	void withoutAHoldTheWorkerCatchesUpOnItsOwn() throws InterruptedException {
		String bala = record("crm", "B1", Map.of("firstName", "Bala", "email", "bala@example.in"));
		event("pv-2", "Page_viewed", "bala@example.in", NOW.minus(2, ChronoUnit.DAYS), Map.of("Page category", "Insurance"));
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (members().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(members()).containsExactly(bala);
	}

	private java.util.List<String> members() {
		return this.segments.members("viewed-insurance-page", null, 10).stream().map(SegmentMember::customerId).toList();
	}

}
