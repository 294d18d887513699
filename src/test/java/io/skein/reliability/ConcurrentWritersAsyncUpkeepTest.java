package io.skein.reliability;

import java.time.Duration;

import io.skein.identity.resolution.RealtimeResolution;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.ingest.IngestService;
import io.skein.ingest.UpkeepProperties;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConcurrentWritersTest} with the default, asynchronous derived-state upkeep, whose worker writes
 * segments, purposes and drop-offs while the eight writers write records (same configuration as
 * {@code AsyncUpkeepTest}, so the two share one application context).
 */
@SkeinTest
@TestPropertySource(properties = "skein.upkeep.mode=async")
class ConcurrentWritersAsyncUpkeepTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@Autowired
	DerivedStateUpkeep upkeep;

	@Autowired
	RealtimeResolution resolution;

	@LocalServerPort
	int port;

	@Test
	void eightConcurrentWritersWithAsynchronousUpkeepGiveTheClustersOfOneSerialWriter() throws Exception {
		assertThat(this.upkeep.mode()).isEqualTo(UpkeepProperties.Mode.ASYNC);
		ConcurrentWritersTest.concurrentEqualsSerial(this.ingest, this.driver, this.port, () -> {
			try {
				// real-time resolution runs on its own worker in async mode, and what it merges queues more upkeep:
				// wait until both are idle at once (waiting for the upkeep alone read clusters still being resolved)
				boolean settled = false;
				for (int round = 0; round < 20 && !settled; round++) {
					assertThat(this.resolution.awaitIdle(Duration.ofSeconds(60))).as("real-time resolution caught up").isTrue();
					assertThat(this.upkeep.awaitIdle(Duration.ofSeconds(60))).as("upkeep caught up").isTrue();
					settled = this.resolution.backlog() == 0 && this.resolution.awaitIdle(Duration.ZERO);
				}
				assertThat(settled).as("resolution and upkeep idle together").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

}
