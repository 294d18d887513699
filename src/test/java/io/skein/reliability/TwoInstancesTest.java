package io.skein.reliability;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.skein.SkeinApplication;
import io.skein.graph.Neo4jEndpoint;
import io.skein.identity.resolution.ResolutionService;
import io.skein.identity.steward.StewardService;
import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import io.skein.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Skein instances on one database give the answer of one serial writer. Instance A is this test's
 * application (embedded Neo4j, its Bolt connector on a free port); instance B is a second application
 * context in the same JVM with {@code spring.neo4j.uri} pointing at A's Bolt connector, so it runs on the
 * same store through the driver as an instance on another machine would, sharing nothing in process with A
 * but static classes. Four writers send to A and four to B at once, the records shuffled so that every
 * person's records (shared emails, phones, accounts, a household landline, a placeholder email) arrive through
 * both instances; then a steward merge goes through B and a full {@code resolve} runs on both instances at
 * once (one waits for the other's store lease). The clusters (sets of source record keys per customer) must
 * equal those of one writer sending the same records in order, with the same steward merge and resolve, and
 * no invariant may break. Neither instance holds an in-process lock that the other would respect: what keeps
 * them apart is in the store.
 */
@SkeinTest
@org.junit.jupiter.api.Tag("server")
class TwoInstancesTest {

	static final int WRITERS = 8;

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jEndpoint endpoint;

	@Autowired
	StewardService steward;

	@Autowired
	ResolutionService resolution;

	@Autowired
	org.springframework.core.env.Environment env;

	@Test
	void twoInstancesOnOneDatabaseGiveTheClustersOfOneSerialWriter() throws Exception {
		List<Map<String, Object>> records = ConcurrentWritersTest.people(new Random(42), 40);
		long began = System.nanoTime();
		for (int i = 0; i < records.size(); i += 3) {
			this.ingest.ingestRecords(records.subList(i, Math.min(records.size(), i + 3)), "records");
		}
		mergeTwoPeople(this.steward);
		this.resolution.resolve(false);
		Set<String> serial = ClusterInvariants.partition(this.driver);
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
		assertThat(serial).as("the steward merge joined two people into one cluster")
			.anyMatch(cluster -> cluster.contains("crm:p0-0") && cluster.contains("crm:p5-0"));
		System.out.println("serial writer on one instance: " + records.size() + " records, " + serial.size()
				+ " clusters, in " + (System.nanoTime() - began) / 1_000_000 + " ms");
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
		long started = System.nanoTime();
		try (ConfigurableApplicationContext b = secondInstance(io.skein.support.SameStoreArguments.of(this.endpoint, this.env))) {
			System.out.println("instance B started on " + this.endpoint.boltUri() + " in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(b.getBean(Neo4jEndpoint.class).embedded()).as("instance B runs on A's store, not its own").isFalse();
			long writing = System.nanoTime();
			writeThroughBoth(records, this.ingest, b.getBean(IngestService.class));
			mergeTwoPeople(b.getBean(StewardService.class));
			ResolutionService other = b.getBean(ResolutionService.class);
			inParallel(List.of(() -> this.resolution.resolve(false), () -> other.resolve(false)));
			System.out.println("two instances, " + WRITERS + " writers, a steward merge and two resolves in "
					+ (System.nanoTime() - writing) / 1_000_000 + " ms");
		}
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
		assertThat(ClusterInvariants.partition(this.driver)).isEqualTo(serial);
		try (Session session = this.driver.session()) {
			assertThat(session.run("""
					MATCH (l:Lease {name: 'identity.resolve'})
					RETURN l.expiresAt <= datetime() AS free, l.owner AS owner""").single().get("free").asBoolean())
				.as("the resolution lease was given up by the run that held it last").isTrue();
		}
	}

	/** A steward merge of two people the records never join (different families): both orders keep it. */
	private void mergeTwoPeople(StewardService service) {
		try (Session session = this.driver.session()) {
			List<String> customers = session.run("""
					UNWIND ['p0-0', 'p5-0'] AS sourceId
					MATCH (:SourceRecord {source: 'crm', sourceId: sourceId})-[:BELONGS_TO]->(c:Customer)
					RETURN c.id AS id""").list(r -> r.get("id").asString());
			assertThat(customers).hasSize(2).doesNotHaveDuplicates();
			service.merge(customers, "one person, two names: confirmed by phone", false);
		}
	}

	/**
	 * Instance B: the application again, on A's store through Bolt (in the server suite: the Neo4j server
	 * process, with A's credentials), on its own HTTP port.
	 */
	private static ConfigurableApplicationContext secondInstance(List<String> sameStore) throws Exception {
		// as command-line arguments: they override application.yml, as SkeinTest's properties do
		List<String> args = new ArrayList<>(sameStore);
		args.addAll(List.of("--server.port=0", "--skein.demo.seed-on-empty=false", "--skein.upkeep.mode=sync",
				"--skein.golden.source-rank-ttl=1h", "--skein.golden.source-priority=legacy_mainframe",
				"--spring.main.banner-mode=off", "--skein.delivery.enabled=false", "--skein.journeys.enabled=false",
				"--skein.data-dir=" + Files.createTempDirectory("skein-instance-b")));
		return new SpringApplicationBuilder(SkeinApplication.class).initializers(new TestCredentials())
			.run(args.toArray(String[]::new));
	}

	/** The records shuffled and sent by eight writers at once, three per call: even writers to A, odd ones to B. */
	private static void writeThroughBoth(List<Map<String, Object>> records, IngestService a, IngestService b)
			throws Exception {
		List<Map<String, Object>> shuffled = new ArrayList<>(records);
		Collections.shuffle(shuffled, new Random(7));
		List<Callable<Object>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			List<Map<String, Object>> slice = new ArrayList<>();
			for (int i = w; i < shuffled.size(); i += WRITERS) {
				slice.add(shuffled.get(i));
			}
			IngestService instance = w % 2 == 0 ? a : b;
			writers.add(() -> {
				for (int i = 0; i < slice.size(); i += 3) {
					instance.ingestRecords(slice.subList(i, Math.min(slice.size(), i + 3)), "records");
				}
				return null;
			});
		}
		inParallel(writers);
	}

	private static void inParallel(List<Callable<Object>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> running = new ArrayList<>();
			for (Callable<Object> task : tasks) {
				running.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			for (Future<Object> task : running) {
				task.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
