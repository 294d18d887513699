package io.skein.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kafka as an outbound channel, against a real broker (spring-kafka's embedded KRaft broker in the test JVM):
 * a message is published once, keyed by its idempotency key, with the key as a header; a broker that cannot
 * be reached is a failure to retry, never a loss; bad settings stop the start naming the property.
 */
class KafkaDeliveryTest {

	private static final String TOPIC = "skein-messages";

	private static EmbeddedKafkaKraftBroker broker;

	@BeforeAll
	static void startBroker() {
		broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
		broker.afterPropertiesSet();
	}

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	@Test
	void aPushMessageIsPublishedOnceUnderItsKey() throws Exception {
		KafkaSender sender = new KafkaSender(kafka(broker.getBrokersAsString(), Duration.ofSeconds(20)));
		try {
			assertThat(sender.channels()).containsExactlyInAnyOrder(OutboxChannel.PUSH, OutboxChannel.WEBHOOK);
			assertThat(sender.send(message("i-1:send-push:1", OutboxChannel.PUSH)).kind())
				.isEqualTo(SendOutcome.Kind.ACCEPTED);
		}
		finally {
			sender.destroy();
		}

		List<ConsumerRecord<String, String>> records = consumeAll();
		assertThat(records).hasSize(1);
		ConsumerRecord<String, String> record = records.get(0);
		assertThat(record.key()).isEqualTo("i-1:send-push:1");
		assertThat(new String(record.headers().lastHeader("Idempotency-Key").value(), StandardCharsets.UTF_8))
			.isEqualTo("i-1:send-push:1");
		JsonNode value = new ObjectMapper().readTree(record.value());
		assertThat(value.get("channel").asText()).isEqualTo("PUSH");
		assertThat(value.get("recipient").asText()).isEqualTo("device-42");
		assertThat(value.get("body").asText()).isEqualTo("Your card is on its way");
		assertThat(value.get("customerId").asText()).isEqualTo("c-1");
	}

	@Test
	void anUnreachableBrokerIsAFailureToRetry() {
		KafkaSender sender = new KafkaSender(kafka("127.0.0.1:1", Duration.ofMillis(1500)));
		try {
			SendOutcome outcome = sender.send(message("i-2:send-push:1", OutboxChannel.PUSH));
			assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.RETRY);
			assertThat(outcome.detail()).contains("Kafka");
		}
		finally {
			sender.destroy();
		}
	}

	@Test
	void badSettingsStopTheStartNamingTheProperty() {
		KafkaConfiguration configuration = new KafkaConfiguration();
		assertThatThrownBy(() -> configuration.kafkaSender(settings(new DeliveryProperties.Kafka(null, TOPIC,
				List.of(OutboxChannel.PUSH), null, null), Map.of())))
			.isInstanceOf(InvalidDeliverySettingsException.class)
			.hasMessageContaining("skein.delivery.kafka.bootstrap-servers");
		assertThatThrownBy(() -> configuration.kafkaSender(settings(new DeliveryProperties.Kafka("k:9092", TOPIC,
				List.of(OutboxChannel.EMAIL), null, null), Map.of())))
			.hasMessageContaining("skein.delivery.kafka.channels");
		assertThatThrownBy(() -> configuration.kafkaSender(settings(new DeliveryProperties.Kafka("k:9092", TOPIC,
				List.of(OutboxChannel.SMS), null, null),
				Map.of("sms", new DeliveryProperties.Webhook("http://localhost:1/sms", null)))))
			.hasMessageContaining("SMS has a webhook too");
		assertThat(configuration.kafkaSender(DeliveryProperties.defaults()).channels()).as("not configured: no Kafka")
			.isEmpty();
	}

	private static DeliveryProperties settings(DeliveryProperties.Kafka kafka,
			Map<String, DeliveryProperties.Webhook> webhooks) {
		return new DeliveryProperties(false, null, null, null, null, null, null, false, null, webhooks, kafka);
	}

	private static DeliveryProperties.Kafka kafka(String servers, Duration timeout) {
		return new DeliveryProperties.Kafka(servers, TOPIC, List.of(OutboxChannel.PUSH, OutboxChannel.WEBHOOK), timeout,
				Map.of());
	}

	private static OutboxMessage message(String key, OutboxChannel channel) {
		Instant now = Instant.parse("2026-12-06T10:00:00Z");
		return new OutboxMessage(key, "c-1", channel, "device-42", null, "Your card is on its way", "SERVICE",
				OutboxStatus.SENDING, 1, now, now, null, null, null, "test", now.plusSeconds(300), "card-dispatch", 1L,
				"i-1", "send-push");
	}

	private static List<ConsumerRecord<String, String>> consumeAll() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "kafka-delivery-test");
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < until && records.isEmpty()) {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			}
			// anything published twice would arrive with the first
			consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
		}
		return records;
	}

}
