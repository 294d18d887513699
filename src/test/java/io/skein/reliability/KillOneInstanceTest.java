package io.skein.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.Neo4jEndpoint;
import io.skein.identity.resolution.ResolutionService;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.orchestration.StoreLease;
import io.skein.support.SkeinProcess;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of two Skein instances on one database is killed (SIGKILL, no shutdown hook) and the other carries on.
 * Instance A is this test's application; instance B is a separate Skein process on A's store through Bolt, as an
 * instance on another machine would reach a shared server ({@link TwoInstancesTest} runs in the server suite
 * too; this one, slow, only here). First B imports a demo bank and is killed
 * once 40% of its records are stored; A imports the same files: B's stored lines are found unchanged, the
 * rest created, every record belongs to exactly one active customer, no invariant breaks, and a full resolve
 * changes no cluster (no customer was left duplicated). Then B runs a full {@code resolve} and is killed while
 * it holds the store lease {@code identity.resolve}: A's resolve waits for the dead owner's lease to expire
 * ({@code skein.resolution.lease-ttl}, a few seconds here), takes it and completes.
 */
@SkeinTest
@Tag("slow")
@TestPropertySource(properties = "skein.resolution.lease-ttl=PT6S")
class KillOneInstanceTest {

	static final double KILL_AT = 0.4;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jEndpoint endpoint;

	@Autowired
	Environment env;

	@Autowired
	ImportService importer;

	@Autowired
	ResolutionService resolution;

	@TempDir
	Path dir;

	@Test
	void anInstanceKilledMidImportLosesAndDuplicatesNothingAndItsLeaseIsRecovered() throws Exception {
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
		Path seed = this.dir.resolve("seed");
		new DemoBankGenerator(new GeneratorOptions(150, 7, GeneratorOptions.DEFAULT_AS_OF, 2)).writeTo(seed);
		Path records = seed.resolve("records.ndjson");
		Path events = seed.resolve("events.ndjson");
		long recordLines = Files.lines(records).count();

		Process b = instanceB("import", records.toString(), events.toString());
		long stored = waitFor(b, () -> count("MATCH (r:SourceRecord) RETURN count(r) AS n") >= recordLines * KILL_AT,
				"instance B to store " + (long) (recordLines * KILL_AT) + " records");
		assertThat(b.isAlive()).as("instance B was still importing when it was killed").isTrue();
		b.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
		long storedByB = count("MATCH (r:SourceRecord) RETURN count(r) AS n");
		System.out.println("instance B killed with " + storedByB + " of " + recordLines + " records stored (" + stored + ")");

		ImportSummary finished = this.importer.importFiles(List.of(records, events), null, ImportProgress.NONE);
		assertThat(finished.unchanged()).as("lines instance B had stored").isPositive();
		assertThat(finished.created()).as("lines instance B never reached").isPositive();
		assertThat(count("MATCH (r:SourceRecord) RETURN count(r) AS n")).isEqualTo(records(finished));
		assertThat(count("""
				MATCH (r:SourceRecord)
				WHERE COUNT { (r)-[:BELONGS_TO]->(:Customer {status: 'ACTIVE'}) } <> 1
				   OR COUNT { (r)-[:BELONGS_TO]->() } <> 1
				RETURN count(r) AS n""")).as("records not in exactly one active customer").isZero();
		ImportSummary again = this.importer.importFiles(List.of(records, events), null, ImportProgress.NONE);
		assertThat(again.ingested()).as("a third import finds everything stored, nothing half-written").isZero();
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
		Set<String> afterImport = ClusterInvariants.partition(this.driver);

		Process resolving = instanceB("resolve", "--skein.resolution.lease-ttl=PT6S");
		waitFor(resolving, () -> leaseHolder().filter(owner -> !owner.startsWith(StoreLease.INSTANCE)).isPresent(),
				"instance B to take the resolution lease");
		resolving.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
		String deadOwner = leaseHolder().orElseThrow(() -> new AssertionError("the killed run's lease was already free"));
		long began = System.nanoTime();
		this.resolution.resolve(false);
		long waitedMs = (System.nanoTime() - began) / 1_000_000;
		System.out.println("instance A's resolve took the lease of killed " + deadOwner + " and finished in " + waitedMs + " ms");
		try (Session session = this.driver.session()) {
			Record lease = session.run("""
					MATCH (l:Lease {name: 'identity.resolve'})
					RETURN l.owner AS owner, l.expiresAt <= datetime() AS free""").single();
			assertThat(lease.get("owner").asString()).as("the lease's last owner").startsWith(StoreLease.INSTANCE);
			assertThat(lease.get("free").asBoolean()).as("given up by instance A after its run").isTrue();
		}
		assertThat(ClusterInvariants.violations(this.driver)).isEmpty();
		assertThat(ClusterInvariants.partition(this.driver)).as("a full resolve after the import changes no cluster")
			.isEqualTo(afterImport);
	}

	/** Record lines an import stored or found stored (events are counted apart). */
	private static long records(ImportSummary summary) {
		return summary.records() - recordRejections(summary);
	}

	private static long recordRejections(ImportSummary summary) {
		return summary.rejections().stream().filter(r -> r.file().endsWith("records.ndjson")).count();
	}

	/** The owner of the resolution lease while it is held (not expired). */
	private java.util.Optional<String> leaseHolder() {
		try (Session session = this.driver.session()) {
			List<Record> rows = session.run("""
					MATCH (l:Lease {name: 'identity.resolve'}) WHERE l.expiresAt > datetime()
					RETURN l.owner AS owner""").list();
			return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0).get("owner").asString());
		}
	}

	private long count(String query) {
		try (Session session = this.driver.session()) {
			return session.run(query).single().get("n").asLong();
		}
	}

	/** Polls until {@code done} holds while {@code process} runs; fails when it ends first or after ten minutes. */
	private long waitFor(Process process, java.util.function.BooleanSupplier done, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (done.getAsBoolean()) {
				return count("MATCH (r:SourceRecord) RETURN count(r) AS n");
			}
			Thread.sleep(20);
		}
		throw new AssertionError("waited for " + what + " in vain (alive " + process.isAlive() + "): "
				+ tail(this.dir.resolve("instance-b.log")));
	}

	/** Instance B: a Skein process on this application's store, as another machine's instance would run. */
	private Process instanceB(String... args) throws java.io.IOException {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(io.skein.support.SameStoreArguments.of(this.endpoint, this.env));
		all.add("--skein.data-dir=" + this.dir.resolve("instance-b-data"));
		return SkeinProcess.start(this.dir.resolve("instance-b.log"), all.toArray(String[]::new));
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (java.io.IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}


}
