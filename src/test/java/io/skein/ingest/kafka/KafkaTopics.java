package io.skein.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in the test JVM (spring-kafka's embedded KRaft broker) with the topics of Kafka in,
 * two partitions each, and what the tests do with it: publish, wait until the consumer group committed
 * every partition's end offset, read the dead-letter topic, read the group's committed offsets.
 */
final class KafkaTopics {

	static final String RECORDS = "test.records";

	static final String EVENTS = "test.events";

	static final String DEAD = "test.dead-letter";

	static final String GROUP = "kafka-ingest-test";

	static final int PARTITIONS = 2;

	private static EmbeddedKafkaKraftBroker broker;

	private static KafkaProducer<String, byte[]> producer;

	private static Admin admin;

	private KafkaTopics() {
	}

	static synchronized String start() {
		if (broker == null) {
			broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, RECORDS, EVENTS, DEAD);
			broker.afterPropertiesSet();
			Map<String, Object> config = new HashMap<>();
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
			config.put(ProducerConfig.ACKS_CONFIG, "all");
			config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
			producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
			admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
		}
		return broker.getBrokersAsString();
	}

	static synchronized void stop() {
		if (broker != null) {
			producer.close(Duration.ofSeconds(5));
			admin.close(Duration.ofSeconds(5));
			broker.destroy();
			broker = null;
		}
	}

	/** Publishes the messages (key, text) to the topic; returns where each landed, in order. */
	static List<RecordMetadata> publish(String topic, List<Map.Entry<String, String>> messages) {
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		for (Map.Entry<String, String> m : messages) {
			sent.add(publishBytes(topic, m.getKey(), m.getValue().getBytes(StandardCharsets.UTF_8)));
		}
		return sent.stream().map(KafkaTopics::get).toList();
	}

	static Future<RecordMetadata> publishBytes(String topic, String key, byte[] value) {
		return producer.send(new ProducerRecord<>(topic, key, value));
	}

	static RecordMetadata get(Future<RecordMetadata> future) {
		try {
			return future.get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the group has committed the end offset of every partition of the records and events topics. */
	static void awaitConsumed(Duration timeout) {
		long until = System.nanoTime() + timeout.toNanos();
		Map<TopicPartition, Long> ends = Map.of();
		Map<TopicPartition, Long> committed = Map.of();
		while (System.nanoTime() < until) {
			ends = endOffsets();
			committed = committed();
			Map<TopicPartition, Long> seen = committed;
			if (ends.entrySet().stream().allMatch(e -> e.getValue() == 0 || e.getValue().equals(seen.get(e.getKey())))) {
				return;
			}
			sleep(100);
		}
		throw new AssertionError("not consumed within " + timeout + ": end offsets " + ends + ", committed " + committed);
	}

	static Map<TopicPartition, Long> endOffsets() {
		try {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (String topic : List.of(RECORDS, EVENTS)) {
				for (int p = 0; p < PARTITIONS; p++) {
					latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
				}
			}
			Map<TopicPartition, Long> ends = new HashMap<>();
			admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
			return ends;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<TopicPartition, Long> committed() {
		try {
			Map<TopicPartition, Long> committed = new HashMap<>();
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
				.partitionsToOffsetAndMetadata()
				.get();
			offsets.forEach((tp, o) -> {
				if (o != null) {
					committed.put(tp, o.offset());
				}
			});
			return committed;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every message of the dead-letter topic whose key starts with the prefix (read by a fresh group). */
	static List<ConsumerRecord<String, byte[]>> deadLetters(String keyPrefix, int expected) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(DEAD));
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < until && found.size() < expected) {
				consumer.poll(Duration.ofMillis(300)).forEach(r -> keep(r, keyPrefix, found));
			}
			// anything sent twice would come with the rest
			consumer.poll(Duration.ofMillis(500)).forEach(r -> keep(r, keyPrefix, found));
		}
		return found;
	}

	private static void keep(ConsumerRecord<String, byte[]> record, String keyPrefix, List<ConsumerRecord<String, byte[]>> found) {
		if (record.key() != null && record.key().startsWith(keyPrefix)) {
			found.add(record);
		}
	}

	static String header(ConsumerRecord<String, byte[]> record, String name) {
		return record.headers().lastHeader(name) == null ? null
				: new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
