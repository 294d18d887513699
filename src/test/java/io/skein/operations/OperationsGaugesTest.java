package io.skein.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.identity.resolution.People;
import io.skein.identity.resolution.ResolutionService;
import io.skein.identity.steward.ReviewQueue;
import io.skein.ingest.IngestService;
import io.skein.journey.DropOffService;
import io.skein.purpose.Fixtures;
import io.skein.support.GraphQlHttp;
import io.skein.purpose.PurposeTest;
import io.skein.support.TestClock;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations gauges count what the graph holds, and Prometheus shows them with the ingest and latency metrics. */
@PurposeTest
class OperationsGaugesTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ResolutionService resolution;

	@Autowired
	ReviewQueue reviewQueue;

	@Autowired
	DropOffService dropOffs;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@Test
	void reviewQueueDepthAndJourneyBacklogCountTheGraph() {
		this.clock.set("2026-11-10T12:00:00Z");
		this.ingest.ingestRecords(List.of(People.record("crm", "1", "Anita", "Desai", "1980-02-03", "Pune", Map.of()),
				People.record("web", "1", "Anita", "Desai", null, null, Map.of())), "records");
		this.resolution.resolve();

		assertThat(gauge(OperationsGauges.REVIEW_QUEUE_DEPTH)).isEqualTo(1.0)
			.isEqualTo(this.reviewQueue.page(10, null).totalCount().doubleValue());

		Fixtures.silentKycCustomers(this.ingest, 3);
		this.dropOffs.recomputeAll();

		assertThat(gauge(OperationsGauges.JOURNEY_BACKLOG)).isEqualTo(3.0);
		assertThat(gauge(OperationsGauges.REVIEW_QUEUE_DEPTH)).isEqualTo(1.0);
	}

	@Test
	void prometheusShowsIngestRateLatencyReviewQueueAndJourneyBacklog() throws Exception {
		new GraphQlHttp(this.port).post("mutation { ingestRecords(records: [{source: \"crm\", sourceId: \"m1\"}]) { status } }",
				Map.of());
		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.header("X-Api-Key", TestCredentials.ADMIN_KEY)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("skein_ingest_items_total", "skein_resolution_latency_seconds_bucket",
				"# HELP skein_review_queue_depth Pairs waiting in the steward review queue",
				"# HELP skein_journey_backlog Open drop-offs of active customers");
		assertThat(scrape.body().lines()).contains("skein_review_queue_depth 0.0", "skein_journey_backlog 0.0");
	}

	private double gauge(String name) {
		return this.meters.get(name).gauge().value();
	}

}
