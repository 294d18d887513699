package io.skein.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.ingest.ItemError;
import io.skein.ingest.cli.ImportProgress;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;
import io.skein.support.EmptyGraphBeforeEach;
import io.skein.support.GraphProbe;
import io.skein.support.SkeinTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.invocation.InvocationOnMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

/**
 * Kafka in against a real broker in the test JVM (spring-kafka's embedded KRaft broker): records and events
 * consumed give the clusters and counts {@code import} gives for the same lines, and the dead letters are its
 * rejections; poison messages land in the
 * dead-letter topic with a masked reason and their offset while the rest is stored; a store failure commits
 * nothing and the batch is consumed again; a consumer stopped between the graph commit and the offset
 * commit, then restarted, loses nothing and doubles nothing (customers, records and events as one direct
 * ingest of the same items leaves); the lag gauge reads 0 once all is consumed.
 * Faults are injected into {@link IngestService} through a spy.
 */
@SkeinTest
@DirtiesContext
@TestPropertySource(properties = { "skein.kafka.records-topic=" + KafkaTopics.RECORDS,
		"skein.kafka.events-topic=" + KafkaTopics.EVENTS, "skein.kafka.dead-letter-topic=" + KafkaTopics.DEAD,
		"skein.kafka.group-id=" + KafkaTopics.GROUP, "skein.kafka.batch-size=25", "skein.kafka.retry-backoff=50ms" })
class KafkaIngestTest {

	/** Long enough for a loaded CI machine; a passing test waits only as long as consumption takes. */
	private static final Duration WAIT = Duration.ofMinutes(3);

	private static boolean warm;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("skein.kafka.bootstrap-servers", KafkaTopics::start);
	}

	@AfterAll
	static void stopBroker(@Autowired @Qualifier(KafkaIngestConfiguration.CONTAINER) ConcurrentMessageListenerContainer<?, ?> container) {
		container.stop();
		KafkaTopics.stop();
	}

	@MockitoSpyBean
	IngestService ingest;

	@Autowired
	@Qualifier(KafkaIngestConfiguration.CONTAINER)
	ConcurrentMessageListenerContainer<String, byte[]> container;

	@Autowired
	ImportService importer;

	@Autowired
	GraphProbe probe;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationContext spring;

	@TempDir
	Path dir;

	/** What the next calls of {@code IngestService.ingest} do instead of ingesting, in turn. */
	private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();

	interface Fault {

		Object apply(InvocationOnMock call) throws Throwable;

	}

	@BeforeEach
	void injectFaults() throws Throwable {
		doAnswer(call -> {
			Fault fault = this.faults.poll();
			return fault == null ? call.callRealMethod() : fault.apply(call);
		}).when(this.ingest).ingest(anyList());
		if (!this.container.isRunning()) {
			this.container.start();
		}
		if (!warm) {
			// the store's first writes compile the ingest queries: not a cost of Kafka in, nor of the timings below
			List<Map<String, Object>> records = InboundData.records(5);
			this.ingest.ingestRecords(records, "records");
			this.ingest.track(InboundData.events("warm", records), "events");
			EmptyGraphBeforeEach.empty(this.spring);
			warm = true;
		}
	}

	@Test
	void recordsAndEventsGiveTheClustersTheCliImportGives() throws Exception {
		List<Map<String, Object>> records = InboundData.records(120);
		List<Map<String, Object>> events = InboundData.events("same", records);

		long start = System.nanoTime();
		KafkaTopics.publish(KafkaTopics.RECORDS, InboundData.recordMessages(records));
		KafkaTopics.awaitConsumed(WAIT);
		KafkaTopics.publish(KafkaTopics.EVENTS, InboundData.eventMessages(events));
		KafkaTopics.awaitConsumed(WAIT);
		double kafkaSeconds = (System.nanoTime() - start) / 1e9;
		List<String> throughKafka = clusters();
		Map<String, Long> kafkaCounts = counts();
		for (int p = 0; p < KafkaTopics.PARTITIONS; p++) {
			Gauge lag = this.meters.find(ConsumerLag.METER).tags("topic", KafkaTopics.RECORDS, "partition", "" + p).gauge();
			assertThat(lag).as("lag gauge of partition " + p).isNotNull();
			assertThat(lag.value()).as("lag once all is consumed").isZero();
		}

		EmptyGraphBeforeEach.empty(this.spring);
		Path file = Files.writeString(this.dir.resolve("same.ndjson"), InboundData.ndjson(records, events));
		ImportSummary imported = this.importer.importFiles(List.of(file), null, ImportProgress.NONE);

		assertThat(imported.records()).isEqualTo(records.size());
		List<String> deadLetters = KafkaTopics.deadLetters("same-", (int) imported.rejected()).stream()
			.map(r -> r.key() + " " + KafkaTopics.header(r, DeadLetters.REASON))
			.toList();
		assertThat(deadLetters).as("what import rejected, and nothing else, was dead-lettered: " + imported.rejections())
			.hasSize((int) imported.rejected());
		assertThat(kafkaCounts).isEqualTo(counts()).containsEntry("events", events.size() - imported.rejected())
			.containsEntry("records", (long) records.size());
		// events attach by who holds their identifiers when they are ingested: import holds resolution until its
		// end, so an email two unresolved customers share leaves its event anonymous there (Kafka resolves per batch)
		assertThat(recordsOnly(throughKafka)).as("the clusters export-clusters writes").isEqualTo(recordsOnly(clusters()));
		assertThat(throughKafka.size()).as("customers").isLessThan(records.size());
		double importSeconds = imported.elapsed().toNanos() / 1e9;
		System.out.printf("Kafka in: %d records + %d events in %.2f s (%.0f records/s, %.0f messages/s) through Kafka;"
				+ " import of the same lines %.2f s (%.0f records/s, %.0f lines/s)%n", records.size(), events.size(),
				kafkaSeconds, records.size() / kafkaSeconds, (records.size() + events.size()) / kafkaSeconds, importSeconds,
				records.size() / importSeconds, (records.size() + events.size()) / importSeconds);
	}

	@Test
	void poisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndOffsetAndTheRestIsStored() {
		List<RecordMetadata> records = KafkaTopics.publish(KafkaTopics.RECORDS, List.of(
				Map.entry("poison:good-1", "{\"source\":\"poison\",\"sourceId\":\"good-1\",\"firstName\":\"Asha\",\"email\":\"asha@example.in\"}"),
				Map.entry("poison:bad-json", "{\"source\":\"poison\",\"sourceId\": oops-9845012345"),
				Map.entry("poison:no-id", "{\"source\":\"poison\",\"firstName\":\"Nobody\",\"email\":\"nobody@example.in\"}"),
				Map.entry("poison:good-2", "{\"source\":\"poison\",\"sourceId\":\"good-2\",\"firstName\":\"Ravi\",\"phone\":\"+91 98450 12345\"}")));
		List<RecordMetadata> events = KafkaTopics.publish(KafkaTopics.EVENTS, List.of(
				Map.entry("poison-e-1", "{\"eventId\":\"poison-e-1\",\"type\":\"page_view\",\"at\":20260101,\"identifiers\":{\"email\":\"asha@example.in\"}}"),
				Map.entry("poison-e-2", "{\"eventId\":\"poison-e-2\",\"type\":\"page_view\",\"at\":\"2026-01-01T10:00:00Z\",\"identifiers\":{\"email\":\"asha@example.in\"}}")));
		RecordMetadata notUtf8 = KafkaTopics.get(KafkaTopics.publishBytes(KafkaTopics.RECORDS, "poison:latin1",
				"{\"source\":\"poison\",\"sourceId\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
		KafkaTopics.awaitConsumed(WAIT);

		assertThat(this.probe.customerOf("poison", "good-1")).isNotNull();
		assertThat(this.probe.customerOf("poison", "good-2")).isNotNull();
		assertThat(this.probe.rows("customer-of-event", Map.of("eventId", "poison-e-2"))).hasSize(1);
		List<ConsumerRecord<String, byte[]>> dead = KafkaTopics.deadLetters("poison", 4);
		assertThat(dead).extracting(ConsumerRecord::key)
			.containsExactlyInAnyOrder("poison:bad-json", "poison:no-id", "poison-e-1", "poison:latin1");
		for (ConsumerRecord<String, byte[]> letter : dead) {
			RecordMetadata original = switch (letter.key()) {
				case "poison:bad-json" -> records.get(1);
				case "poison:no-id" -> records.get(2);
				case "poison-e-1" -> events.get(0);
				default -> notUtf8;
			};
			assertThat(KafkaTopics.header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(original.topic());
			assertThat(KafkaTopics.header(letter, DeadLetters.ORIGINAL_PARTITION)).isEqualTo("" + original.partition());
			assertThat(KafkaTopics.header(letter, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("" + original.offset());
			assertThat(KafkaTopics.header(letter, DeadLetters.CLASSIFICATION)).isEqualTo("BAD_REQUEST");
			String reason = KafkaTopics.header(letter, DeadLetters.REASON);
			assertThat(reason).as("no PII in the reason").doesNotContain("nobody", "example.in", "9845012345", "oops");
		}
		ConsumerRecord<String, byte[]> noId = byKey(dead, "poison:no-id");
		assertThat(KafkaTopics.header(noId, DeadLetters.FIELD)).isEqualTo("sourceId");
		assertThat(KafkaTopics.header(noId, DeadLetters.REASON)).isEqualTo("BAD_REQUEST sourceId: is required");
		assertThat(new String(noId.value(), StandardCharsets.UTF_8)).as("the original message").contains("nobody@example.in");
		assertThat(KafkaTopics.header(byKey(dead, "poison-e-1"), DeadLetters.FIELD)).isEqualTo("at");
		assertThat(KafkaTopics.header(byKey(dead, "poison:bad-json"), DeadLetters.REASON)).startsWith("BAD_REQUEST $: not valid JSON");
		assertThat(KafkaTopics.header(byKey(dead, "poison:latin1"), DeadLetters.REASON)).isEqualTo("BAD_REQUEST $: not UTF-8 text");
	}

	@Test
	void aStoreFailureCommitsNothingAndTheBatchIsConsumedAgain() {
		double retriesBefore = this.meters.counter("skein.kafka.retries").count();
		this.faults.add(call -> {
			throw new IllegalStateException("the store is down");
		});
		this.faults.add(call -> {
			List<?> items = call.getArgument(0);
			List<IngestResult> results = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				results.add(new IngestResult(i, IngestStatus.REJECTED, null, List.of(),
						List.of(new ItemError("$", "could not be stored; nothing of it was written", "INTERNAL_ERROR"))));
			}
			return results;
		});
		List<Map<String, Object>> records = InboundData.records(10);

		KafkaTopics.publish(KafkaTopics.RECORDS, InboundData.recordMessages(records));
		KafkaTopics.awaitConsumed(WAIT);

		assertThat(this.faults).as("both faults were met").isEmpty();
		assertThat(this.meters.counter("skein.kafka.retries").count() - retriesBefore).isGreaterThanOrEqualTo(2);
		assertThat(counts()).containsEntry("records", (long) records.size());
		assertThat(KafkaTopics.deadLetters("splink_fake_1000", 0)).as("nothing dead-lettered").isEmpty();
	}

	@Test
	void aConsumerStoppedBetweenTheGraphCommitAndTheOffsetCommitLosesNothingAndDoublesNothing() throws InterruptedException {
		List<Map<String, Object>> records = InboundData.records(40);
		List<Map<String, Object>> events = InboundData.events("restart", records);
		this.faults.add(InvocationOnMock::callRealMethod);
		java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
		this.faults.add(call -> {
			Object stored = call.callRealMethod();
			// stops at once (no further poll), finishes closing the consumer after this batch failed
			this.container.stop(stopped::countDown);
			throw new IllegalStateException("consumer killed after the graph commit, before the offset commit: "
					+ ((List<?>) stored).size() + " items stored");
		});

		KafkaTopics.publish(KafkaTopics.RECORDS, InboundData.recordMessages(records));
		assertThat(stopped.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).as("stopped mid-stream").isTrue();
		long committed = sum(KafkaTopics.committed());
		long stored = counts().get("records");
		assertThat(stored).as("the killed batch was stored but its offsets not committed").isGreaterThan(committed);
		assertThat(committed).isLessThan(records.size());

		KafkaTopics.publish(KafkaTopics.EVENTS, InboundData.eventMessages(events));
		this.container.start();
		KafkaTopics.awaitConsumed(WAIT);

		List<String> throughKafka = clusters();
		Map<String, Long> kafkaCounts = counts();
		assertThat(kafkaCounts).containsEntry("records", (long) records.size());
		EmptyGraphBeforeEach.empty(this.spring);
		this.ingest.ingestRecords(records, "records");
		this.ingest.track(events, "events");
		assertThat(kafkaCounts).as("counts of one direct ingest").isEqualTo(counts());
		assertThat(throughKafka).as("clusters of one direct ingest").isEqualTo(clusters());
	}

	private static long labelled(Map<String, Long> summary, String label) {
		return summary.entrySet().stream().filter(e -> e.getKey().startsWith("node:") && e.getKey().contains(":" + label))
			.mapToLong(Map.Entry::getValue).sum();
	}

	private static ConsumerRecord<String, byte[]> byKey(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
	}

	private static long sum(Map<TopicPartition, Long> offsets) {
		return offsets.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Each active customer as its kind, sorted records and sorted eventIds; sorted. */
	private List<String> clusters() {
		List<String> clusters = new ArrayList<>();
		this.probe.rows("clusters-with-events", Map.of()).forEach(r -> clusters.add(r.get("kind").asString() + " "
				+ r.get("records").asList(Object::toString).stream().sorted().toList() + " "
				+ r.get("events").asList(Object::toString).stream().sorted().toList()));
		clusters.sort(null);
		return clusters;
	}

	/** The clusters of known customers by their records alone. */
	private static List<String> recordsOnly(List<String> clusters) {
		return clusters.stream().filter(c -> c.startsWith("KNOWN")).map(c -> c.substring(0, c.indexOf(']') + 1)).sorted().toList();
	}

	/** Records, interactions and active customers (known and anonymous). */
	private Map<String, Long> counts() {
		Map<String, Long> summary = this.probe.summary();
		return Map.of("records", labelled(summary, "SourceRecord"), "events", labelled(summary, "Interaction"),
				"customers", (long) clusters().size());
	}

}
