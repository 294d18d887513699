package io.skein.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.skein.ingest.Json;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the messages of the configured channels to a Kafka topic ({@code skein.delivery.kafka.*}): the
 * record's key is the message key (so a repeat after a crash has the key a consumer can drop, and one
 * customer's messages are not reordered within a key), its value the message as JSON, header
 * {@code Idempotency-Key}. Acknowledged by every in-sync replica ({@code acks=all}, idempotent producer)
 * before the message is marked SENT. A broker that cannot be reached in time is a failure to retry; a
 * record the cluster refuses for good (too large, not authorised, no such topic) goes to the dead letter.
 */
public class KafkaSender implements ChannelSender, DisposableBean {

	private final DeliveryProperties.Kafka settings;

	private final DefaultKafkaProducerFactory<String, String> producers;

	private final KafkaTemplate<String, String> template;

	public KafkaSender(DeliveryProperties.Kafka settings) {
		this.settings = settings;
		if (!settings.configured()) {
			this.producers = null;
			this.template = null;
			return;
		}
		this.producers = idempotentProducers(settings.bootstrapServers(), settings.timeout(), settings.properties());
		this.template = new KafkaTemplate<>(this.producers);
	}

	/**
	 * Producers of string records that wait for every in-sync replica ({@code acks=all}) and never write a
	 * retried batch twice (idempotent producer), giving up after {@code timeout}; also the change feed's.
	 */
	public static DefaultKafkaProducerFactory<String, String> idempotentProducers(String bootstrapServers,
			Duration timeout, Map<String, String> properties) {
		Map<String, Object> config = new HashMap<>(properties);
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		long timeoutMs = timeout.toMillis();
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, timeoutMs / 2));
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeoutMs);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
	}

	@Override
	public Set<OutboxChannel> channels() {
		return this.settings.configured() ? EnumSet.copyOf(this.settings.channels()) : Set.of();
	}

	@Override
	public Map<OutboxChannel, String> unavailable() {
		return Map.of();
	}

	@Override
	public SendOutcome send(OutboxMessage message) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("key", message.key());
		value.put("channel", message.channel().name());
		value.put("recipient", message.recipient());
		value.put("subject", message.subject());
		value.put("body", message.body());
		value.put("customerId", message.customerId());
		value.put("purpose", message.purpose());
		value.put("journeyKey", message.journeyKey());
		value.put("stepId", message.stepId());
		ProducerRecord<String, String> record = new ProducerRecord<>(this.settings.topic(), message.key(),
				Json.write(value));
		record.headers().add("Idempotency-Key", message.key().getBytes(StandardCharsets.UTF_8));
		try {
			this.template.send(record).get(this.settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
			return SendOutcome.accepted();
		}
		catch (ExecutionException ex) {
			return failed(ex.getCause() == null ? ex : ex.getCause());
		}
		catch (TimeoutException ex) {
			return SendOutcome.retry("no acknowledgement from Kafka within " + this.settings.timeout());
		}
		catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException ex) {
			// raised before the send, e.g. no metadata for the topic within max.block.ms
			return failed(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return SendOutcome.retry("interrupted");
		}
	}

	/** Retried unless Kafka said the record can never go (too large, not authorised, a bad topic...). */
	private SendOutcome failed(Throwable thrown) {
		Throwable cause = thrown;
		while (cause.getCause() != null && !(cause instanceof org.apache.kafka.common.KafkaException)) {
			cause = cause.getCause();
		}
		String detail = cause.getClass().getSimpleName() + " publishing to Kafka topic " + this.settings.topic() + ": "
				+ cause.getMessage();
		boolean permanent = cause instanceof org.apache.kafka.common.KafkaException && !(cause instanceof RetriableException)
				&& !(cause instanceof org.apache.kafka.common.errors.TimeoutException)
				&& !(cause instanceof org.apache.kafka.common.errors.InterruptException);
		return permanent ? SendOutcome.rejected(detail) : SendOutcome.retry(detail);
	}

	@Override
	public void destroy() {
		if (this.producers != null) {
			this.producers.destroy();
		}
	}

}
