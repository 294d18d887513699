package io.skein.changefeed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.skein.ingest.IngestService;
import io.skein.orchestration.StoreLease;
import io.skein.privacy.ErasureService;
import io.skein.segment.SegmentService;
import io.skein.support.SkeinTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer change events out, against a real broker (spring-kafka's embedded KRaft broker in the test JVM):
 * a merge (with the absorbed id) and a segment entry arrive once each, in commit order per customer, every
 * value valid against the JSON Schema; a publisher stopped between the broker's acknowledgement and the mark
 * lets the next one re-send the same event ids (a consumer dropping seen ids gets each once); an erasure
 * publishes ERASED without personal data. Each test publishes to its own topic.
 */
@SkeinTest
class ChangeFeedKafkaTest {

	private static EmbeddedKafkaKraftBroker broker;

	@Autowired
	IngestService ingest;

	@Autowired
	SegmentService segments;

	@Autowired
	ErasureService erasure;

	@Autowired
	ChangeFeedStore store;

	@Autowired
	StoreLease lease;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void startBroker() {
		broker = new EmbeddedKafkaKraftBroker(1, 1, "changes-merge", "changes-restart", "changes-erasure");
		broker.afterPropertiesSet();
	}

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	@Test
	void aMergeAndASegmentEntryArriveOnceEachInCommitOrderPerCustomer() {
		String segment = this.segments.create(Map.of("name", "From the CRM", "rule",
				Map.of("profile", Map.of("field", "SOURCE", "op", "EQ", "value", "crm")))).id();
		String older = ingest(Map.of("source", "crm", "sourceId", "a", "firstName", "Meera", "lastName", "Iyer",
				"email", "meera@example.in"));
		String younger = ingest(Map.of("source", "web", "sourceId", "b", "firstName", "Meera", "lastName", "Iyer",
				"email", "meera.iyer@example.com", "accounts", List.of(Map.of("accountNumber", "SB-9001"))));
		// one record carries the first customer's email and the second customer's account: it bridges them
		assertThat(ingest(Map.of("source", "core", "sourceId", "c", "firstName", "Meera", "lastName", "Iyer",
				"email", "MEERA@example.in", "accounts", List.of(Map.of("accountNumber", "SB9001"))))).isEqualTo(older);
		List<ChangeEvent> recorded = new ArrayList<>(this.store.eventsOf(older));
		recorded.addAll(this.store.eventsOf(younger));

		ChangeFeedPublisher publisher = publisher("changes-merge", "instance-a");
		try {
			ChangeFeedPublisher.Round round = publisher.publishOnce(Instant.now());
			assertThat(round.leased()).isTrue();
			assertThat(round.published()).isEqualTo(round.pending()).isEqualTo(recorded.size());
			assertThat(publisher.publishOnce(Instant.now()).pending()).as("nothing left to send").isZero();
		}
		finally {
			publisher.destroy();
		}

		List<ConsumerRecord<String, String>> records = consume("changes-merge", recorded.size());
		assertThat(records).as("each recorded event once").hasSize(recorded.size());
		assertThat(records.stream().map(ChangeFeedKafkaTest::eventId).distinct().count()).isEqualTo(records.size());
		Map<String, List<JsonNode>> byCustomer = new HashMap<>();
		JsonNode schema = SchemaCheck.changeEventSchema();
		for (ConsumerRecord<String, String> record : records) {
			JsonNode value = SchemaCheck.MAPPER.readTree(record.value());
			assertThat(SchemaCheck.violations(schema, value)).as(record.value()).isEmpty();
			assertThat(record.key()).isEqualTo(value.get("customerId").asString());
			assertThat(eventId(record)).isEqualTo(value.get("eventId").asString());
			byCustomer.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(value);
		}
		List<JsonNode> survivor = byCustomer.get(older);
		assertThat(survivor).extracting(v -> v.get("seq").asLong()).as("commit order").isSorted().doesNotHaveDuplicates();
		List<String> types = survivor.stream().map(v -> v.get("type").asString()).toList();
		assertThat(types).startsWith("CREATED", "SEGMENT_ENTERED").containsOnlyOnce("MERGED", "SEGMENT_ENTERED");
		JsonNode merged = survivor.get(types.indexOf("MERGED"));
		assertThat(merged.get("data").get("absorbedIds").get(0).asString()).isEqualTo(younger);
		assertThat(merged.get("data").get("absorbedIds").size()).isEqualTo(1);
		JsonNode entered = survivor.get(types.indexOf("SEGMENT_ENTERED"));
		assertThat(entered.get("data").get("segmentId").asString()).isEqualTo(segment);
		assertThat(byCustomer.get(younger)).extracting(v -> v.get("type").asString()).startsWith("CREATED");
	}

	@Test
	void aPublisherStoppedBetweenSendAndMarkLetsTheNextResendTheSameEventIds() {
		String customer = ingest(Map.of("source", "crm", "sourceId", "r-1", "firstName", "Kabir", "lastName", "Rao",
				"email", "kabir.rao@example.in"));
		List<ChangeEvent> recorded = this.store.eventsOf(customer);
		assertThat(recorded).extracting(ChangeEvent::type).containsExactly("CREATED");
		Instant now = Instant.now();

		ChangeFeedPublisher first = publisher("changes-restart", "instance-a");
		try {
			assertThat(first.sendWithoutMarking(now)).isEqualTo(1);
		}
		finally {
			first.destroy(); // killed: no mark, no lease release
		}
		ChangeFeedPublisher second = publisher("changes-restart", "instance-b");
		try {
			assertThat(second.publishOnce(now.plusSeconds(1)).leased()).as("the first one's lease holds").isFalse();
			ChangeFeedPublisher.Round round = second.publishOnce(now.plus(ChangeFeedProperties.withTopic("t").leaseTtl())
				.plusSeconds(1));
			assertThat(round.leased()).as("taken over once the lease expired").isTrue();
			assertThat(round.published()).isEqualTo(1);
		}
		finally {
			second.destroy();
		}

		List<ConsumerRecord<String, String>> records = consume("changes-restart", 2);
		assertThat(records).extracting(ChangeFeedKafkaTest::eventId)
			.as("sent twice under the same event id")
			.containsExactly(recorded.get(0).eventId(), recorded.get(0).eventId());
		Set<String> deduplicated = new LinkedHashSet<>(records.stream().map(ChangeFeedKafkaTest::eventId).toList());
		assertThat(deduplicated).as("a consumer dropping seen ids gets it once").hasSize(1);
		assertThat(this.store.pending(10, 10)).isEmpty();
	}

	@Test
	void anErasurePublishesErasedWithoutPersonalData() {
		String customer = ingest(Map.of("source", "crm", "sourceId", "e-1", "firstName", "Zoya", "lastName", "Khan",
				"email", "zoya.khan@example.in", "phone", "+919811122233"));
		this.erasure.erase(customer, "customer request", "test");

		ChangeFeedPublisher publisher = publisher("changes-erasure", "instance-a");
		try {
			publisher.publishOnce(Instant.now());
		}
		finally {
			publisher.destroy();
		}
		List<ConsumerRecord<String, String>> records = consume("changes-erasure", 2);
		assertThat(records).extracting(r -> SchemaCheck.MAPPER.readTree(r.value()).get("type").asString())
			.containsExactly("CREATED", "ERASED");
		ConsumerRecord<String, String> erased = records.get(1);
		JsonNode value = SchemaCheck.MAPPER.readTree(erased.value());
		assertThat(SchemaCheck.violations(SchemaCheck.changeEventSchema(), value)).isEmpty();
		assertThat(value.get("data").get("erasureId").asString()).isNotBlank();
		for (ConsumerRecord<String, String> record : records) {
			assertThat(record.value()).doesNotContainIgnoringCase("zoya").doesNotContainIgnoringCase("khan")
				.doesNotContain("example.in").doesNotContain("9811122233");
		}
	}

	@Test
	void withoutATopicAndBrokersNoPublisherExists() {
		assertThat(this.context.getBeanProvider(ChangeFeedPublisher.class).getIfAvailable()).isNull();
		assertThat(this.context.getBean(ChangeFeedScheduler.class).isRunning()).as("the retention purge runs").isTrue();
	}

	private ChangeFeedPublisher publisher(String topic, String owner) {
		ChangeFeedProperties settings = new ChangeFeedProperties(topic, null, null, null, null, Duration.ofSeconds(20),
				null, null);
		return new ChangeFeedPublisher(this.store, this.lease, settings, broker.getBrokersAsString(), owner);
	}

	private String ingest(Map<String, Object> record) {
		return this.ingest.ingestRecords(List.of(record), "records").get(0).customerId();
	}

	private static String eventId(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader(ChangeFeedPublisher.IDEMPOTENCY_HEADER).value(), StandardCharsets.UTF_8);
	}

	/** Reads the topic from the start until {@code expected} records came, then a moment longer for any repeat. */
	private static List<ConsumerRecord<String, String>> consume(String topic, int expected) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "change-feed-test-" + topic);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < until && records.size() < expected) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			consumer.poll(Duration.ofMillis(500)).forEach(records::add);
		}
		return records;
	}

}
