package io.skein.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.support.GraphQlHttp;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight writers sending overlapping people at once (over HTTP, as eight source systems would) end with
 * the same clusters as one writer sending everything in order.
 */
@SkeinTest
class ConcurrentWritersTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void eightConcurrentWritersGiveTheClustersOfOneSerialWriter() throws Exception {
		List<Map<String, Object>> records = people(new Random(42), 60);

		for (Map<String, Object> record : records) {
			this.ingest.ingestRecords(List.of(record), "records");
		}
		Set<String> serial = ClusterInvariants.partition(this.driver);
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();

		try (org.neo4j.driver.Session session = this.driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
		List<Map<String, Object>> shuffled = new ArrayList<>(records);
		Collections.shuffle(shuffled, new Random(7));
		List<List<Map<String, Object>>> slices = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			slices.add(new ArrayList<>());
		}
		for (int i = 0; i < shuffled.size(); i++) {
			slices.get(i % 8).add(shuffled.get(i));
		}
		GraphQlHttp http = new GraphQlHttp(this.port);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> writers = new ArrayList<>();
		for (List<Map<String, Object>> slice : slices) {
			writers.add(pool.submit(() -> {
				for (int i = 0; i < slice.size(); i += 3) {
					GraphQlHttp.Response response = http.post(
							"mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }",
							Map.of("r", slice.subList(i, Math.min(slice.size(), i + 3))));
					assertThat(response.status()).isEqualTo(200);
					assertThat(response.errors().isMissingNode()).as(response.body().toString()).isTrue();
				}
				return null;
			}));
		}
		for (Future<?> writer : writers) {
			writer.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
		assertThat(ClusterInvariants.partition(this.driver)).isEqualTo(serial);
		List<IngestResult> replay = this.ingest.ingestRecords(records, "records");
		assertThat(replay).extracting(IngestResult::status).containsOnly(IngestStatus.UNCHANGED);
	}

	/** People with several records each, sharing emails, phones and accounts across sources. */
	static List<Map<String, Object>> people(Random random, int count) {
		List<Map<String, Object>> records = new ArrayList<>();
		String[] sources = { "crm", "core", "web", "app" };
		for (int p = 0; p < count; p++) {
			String email = "person" + p + "@example.in";
			String phone = "+9198" + String.format("%08d", 10_000_000 + p * 7919);
			String account = "AC" + (100000 + p);
			int n = 1 + random.nextInt(4);
			for (int r = 0; r < n; r++) {
				Map<String, Object> record = new java.util.HashMap<>();
				record.put("source", sources[r % sources.length]);
				record.put("sourceId", "p" + p + "-" + r);
				record.put("firstName", "Name" + p);
				record.put("lastName", "Family" + (p / 2));
				switch (random.nextInt(3)) {
					case 0 -> record.put("email", email);
					case 1 -> record.put("phone", phone);
					default -> record.put("accounts", List.of(Map.of("accountNumber", account)));
				}
				if (random.nextInt(4) == 0) {
					record.put("email", email);
				}
				records.add(record);
			}
		}
		return records;
	}

}
