package io.skein.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * the same clusters as one writer sending everything in order, for several shuffles of the same records.
 * The people share identifiers with each other too (a household phone, a shared placeholder email), so
 * the guards decide under contention as well. The writes are shown to overlap (at least two requests in
 * flight at once). {@link ConcurrentWritersAsyncUpkeepTest} runs the same with asynchronous upkeep.
 */
@SkeinTest
class ConcurrentWritersTest {

	static final long[] SHUFFLES = { 7, 8, 9 };

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void eightConcurrentWritersGiveTheClustersOfOneSerialWriter() throws Exception {
		concurrentEqualsSerial(this.ingest, this.driver, this.port, () -> {
		});
	}

	/**
	 * The serial partition, then for each shuffle: an empty graph, eight writers in parallel, the same
	 * partition, no invariant broken, and every record unchanged when sent again. {@code settle} runs after
	 * the writers (waits for asynchronous upkeep).
	 */
	static void concurrentEqualsSerial(IngestService ingest, Driver driver, int port, Runnable settle) throws Exception {
		List<Map<String, Object>> records = people(new Random(42), 60);
		for (Map<String, Object> record : records) {
			ingest.ingestRecords(List.of(record), "records");
		}
		settle.run();
		Set<String> serial = ClusterInvariants.partition(driver);
		assertThat(ClusterInvariants.violations(driver)).isEmpty();
		int maxInFlight = 0;
		for (long shuffle : SHUFFLES) {
			try (org.neo4j.driver.Session session = driver.session()) {
				session.run("MATCH (n) DETACH DELETE n").consume();
			}
			maxInFlight = Math.max(maxInFlight, writeConcurrently(records, shuffle, port));
			settle.run();
			assertThat(ClusterInvariants.violations(driver)).as("shuffle " + shuffle).isEmpty();
			assertThat(ClusterInvariants.partition(driver)).as("shuffle " + shuffle).isEqualTo(serial);
			List<IngestResult> replay = ingest.ingestRecords(records, "records");
			assertThat(replay).extracting(IngestResult::status).as("shuffle " + shuffle).containsOnly(IngestStatus.UNCHANGED);
			settle.run();
		}
		assertThat(maxInFlight).as("requests in flight at once: the writes overlapped").isGreaterThanOrEqualTo(2);
	}

	/** Sends the shuffled records from eight writers at once, three per request; returns the most requests in flight. */
	private static int writeConcurrently(List<Map<String, Object>> records, long shuffle, int port) throws Exception {
		List<Map<String, Object>> shuffled = new ArrayList<>(records);
		Collections.shuffle(shuffled, new Random(shuffle));
		List<List<Map<String, Object>>> slices = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			slices.add(new ArrayList<>());
		}
		for (int i = 0; i < shuffled.size(); i++) {
			slices.get(i % 8).add(shuffled.get(i));
		}
		GraphQlHttp http = new GraphQlHttp(port);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (List<Map<String, Object>> slice : slices) {
				writers.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < slice.size(); i += 3) {
						most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
						try {
							http.ok("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }",
									Map.of("r", slice.subList(i, Math.min(slice.size(), i + 3))));
						}
						finally {
							inFlight.decrementAndGet();
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return most.get();
	}

	/** People with several records each, sharing emails, phones and accounts across sources. */
	static List<Map<String, Object>> people(Random random, int count) {
		List<Map<String, Object>> records = new ArrayList<>();
		String[] sources = { "crm", "core", "web", "app" };
		for (int p = 0; p < count; p++) {
			String email = "person" + p + "@example.in";
			String phone = "+9198" + String.format("%08d", 10_000_000 + p * 7919);
			// Identifiers shared by different people: a household landline (pairs of people) and a placeholder email.
			String household = "+9120" + String.format("%08d", 20_000_000 + (p / 2) * 131);
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
				if (random.nextInt(6) == 0) {
					record.put("phone", household);
				}
				if (random.nextInt(10) == 0) {
					record.put("email", "test@example.com");
				}
				records.add(record);
			}
		}
		return records;
	}

}
