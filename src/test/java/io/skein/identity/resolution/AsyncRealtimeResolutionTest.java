package io.skein.identity.resolution;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code skein.upkeep.mode=async} the write returns at once and the worker resolves it right after. */
@SkeinTest
@TestPropertySource(properties = "skein.upkeep.mode=async")
class AsyncRealtimeResolutionTest {

	@Autowired
	IngestService ingest;

	@Autowired
	RealtimeResolution realtime;

	@Autowired
	GraphProbe probe;

	@AfterEach
	void settle() throws InterruptedException {
		assertThat(this.realtime.awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	@Test
	void aFuzzyDuplicateJoinsItsCustomerShortlyAfterTheWriteReturns() throws InterruptedException {
		String anita = this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune",
				Map.of())), "records").get(0).customerId();
		assertThat(this.realtime.awaitIdle(Duration.ofSeconds(30))).isTrue();
		String returned;
		try (var held = this.realtime.hold()) {
			returned = this.ingest.ingestRecords(List.of(People.record("core_banking", "9", "Anitha", "Desai",
					"1980-02-03", "Pune", Map.of())), "records").get(0).customerId();
			// stored and stitched; resolution waits for the worker, the write did not pay for it
			assertThat(returned).isNotEqualTo(anita);
			assertThat(this.realtime.backlog()).isEqualTo(1);
		}
		long start = System.nanoTime();
		assertThat(this.realtime.awaitIdle(Duration.ofSeconds(30))).isTrue();
		System.out.printf("async real-time resolution took %d ms after the hold was released%n",
				(System.nanoTime() - start) / 1_000_000);
		assertThat(this.probe.customerOf("core_banking", "9")).isEqualTo(anita);
	}

}
