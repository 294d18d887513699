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
 * the guards decide under contention as well: no cluster may join two people. The writes are shown to
 * overlap: each request's start and end are recorded, and in every shuffle requests of different writers
 * must have been in flight at the same time (intervals that overlap). {@link ConcurrentWritersAsyncUpkeepTest}
 * runs the same with asynchronous upkeep.
 */
@SkeinTest
class ConcurrentWritersTest {

	static final long[] SHUFFLES = { 7, 8, 9 };

	static final int WRITERS = 8;

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
	 * The serial partition (one writer, the records in order, three per call as the writers send them), then
	 * for each shuffle: an empty graph, eight writers in parallel whose requests overlap in time, the same
	 * partition, no invariant broken, and every record unchanged when sent again. {@code settle} runs after
	 * the writers (waits for asynchronous upkeep).
	 */
	static void concurrentEqualsSerial(IngestService ingest, Driver driver, int port, Runnable settle) throws Exception {
		List<Map<String, Object>> records = people(new Random(42), 40);
		long began = System.nanoTime();
		for (int i = 0; i < records.size(); i += 3) {
			ingest.ingestRecords(records.subList(i, Math.min(records.size(), i + 3)), "records");
		}
		settle.run();
		Set<String> serial = ClusterInvariants.partition(driver);
		assertThat(ClusterInvariants.violations(driver)).isEmpty();
		assertThat(joiningTwoPeople(serial)).as("clusters joining different people (a shared household phone or "
				+ "placeholder email must not stitch them)").isEmpty();
		System.out.println("serial writer: " + records.size() + " records, " + serial.size() + " clusters, in "
				+ (System.nanoTime() - began) / 1_000_000 + " ms");
		for (long shuffle : SHUFFLES) {
			long shuffleBegan = System.nanoTime();
			try (org.neo4j.driver.Session session = driver.session()) {
				session.run("MATCH (n) DETACH DELETE n").consume();
			}
			List<Request> requests = writeConcurrently(records, shuffle, port);
			long overlapping = overlappingPairs(requests);
			System.out.println("shuffle " + shuffle + ": " + requests.size() + " requests in "
					+ (System.nanoTime() - shuffleBegan) / 1_000_000 + " ms, " + overlapping
					+ " pairs of requests from different writers overlapped in time");
			assertThat(overlapping).as("shuffle " + shuffle + ": requests of different writers in flight at once").isPositive();
			settle.run();
			assertThat(ClusterInvariants.violations(driver)).as("shuffle " + shuffle).isEmpty();
			assertThat(ClusterInvariants.partition(driver)).as("shuffle " + shuffle).isEqualTo(serial);
			List<IngestResult> replay = ingest.ingestRecords(records, "records");
			assertThat(replay).extracting(IngestResult::status).as("shuffle " + shuffle).containsOnly(IngestStatus.UNCHANGED);
			settle.run();
		}
	}

	/** Clusters ("crm:p3-0,core:p3-1", ...) holding records of more than one person (the number after "p"). */
	static List<String> joiningTwoPeople(Set<String> partition) {
		return partition.stream()
			.filter(cluster -> java.util.Arrays.stream(cluster.split(","))
				.map(member -> member.substring(member.indexOf(":p") + 2, member.lastIndexOf('-')))
				.distinct()
				.count() > 1)
			.toList();
	}

	/** One ingestRecords request: its writer and when it was sent and answered (System.nanoTime). */
	record Request(int writer, long start, long end) {
	}

	/** Pairs of requests from different writers whose [start, end] intervals overlap. */
	static long overlappingPairs(List<Request> requests) {
		long pairs = 0;
		for (int i = 0; i < requests.size(); i++) {
			for (int j = i + 1; j < requests.size(); j++) {
				Request a = requests.get(i);
				Request b = requests.get(j);
				if (a.writer() != b.writer() && a.start() < b.end() && b.start() < a.end()) {
					pairs++;
				}
			}
		}
		return pairs;
	}

	/** Sends the shuffled records from eight writers at once, three per request; returns every request's interval. */
	private static List<Request> writeConcurrently(List<Map<String, Object>> records, long shuffle, int port) throws Exception {
		List<Map<String, Object>> shuffled = new ArrayList<>(records);
		Collections.shuffle(shuffled, new Random(shuffle));
		List<List<Map<String, Object>>> slices = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			slices.add(new ArrayList<>());
		}
		for (int i = 0; i < shuffled.size(); i++) {
			slices.get(i % WRITERS).add(shuffled.get(i));
		}
		GraphQlHttp http = new GraphQlHttp(port);
		List<Request> requests = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < slices.size(); w++) {
				int writer = w;
				List<Map<String, Object>> slice = slices.get(w);
				writers.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < slice.size(); i += 3) {
						long sent = System.nanoTime();
						http.ok("mutation($r: [SourceRecordInput!]!) { ingestRecords(records: $r) { status } }",
								Map.of("r", slice.subList(i, Math.min(slice.size(), i + 3))));
						requests.add(new Request(writer, sent, System.nanoTime()));
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
		return List.copyOf(requests);
	}

	/**
	 * Given names that say different people to the household rule (no prefixes, initials, nicknames or
	 * near-spellings of each other): names like "Name12" and "Name13" are one edit apart and read as one
	 * person, so a shared phone would join them and the whole bank would collapse into one cluster.
	 */
	static final List<String> GIVEN_NAMES = List.of("Aarav", "Bhavna", "Chetan", "Divya", "Eshan", "Farida", "Gopal",
			"Hema", "Ishaan", "Jyoti", "Kunal", "Leela", "Manoj", "Nandini", "Omkar", "Priya", "Rakesh", "Sunita", "Tarun",
			"Usha", "Vikram", "Waheeda", "Yash", "Zoya", "Anil", "Bindu", "Deepak", "Gita", "Harish", "Indira", "Jatin",
			"Kavita", "Lokesh", "Meena", "Naveen", "Pooja", "Ravi", "Shalini", "Tushar", "Uma");

	/**
	 * People with several records each, sharing emails, phones and accounts across sources; two people of
	 * a household (same family name, different given names) share a landline, and some records carry the
	 * placeholder email {@code test@example.com}.
	 */
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
				record.put("firstName", GIVEN_NAMES.get(p % GIVEN_NAMES.size()));
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
