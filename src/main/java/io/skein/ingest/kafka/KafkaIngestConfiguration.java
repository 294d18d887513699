package io.skein.ingest.kafka;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.ingest.IngestService;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The consumer of Kafka in, made only when {@code skein.kafka} names brokers and a topic
 * ({@link KafkaIngestEnabled}). The container starts with the application and stops before ingestion
 * drains: a batch it is writing then is committed, or else consumed again by the next consumer.
 * Offsets are committed synchronously after each batch the listener returned from ({@code BATCH} ack
 * mode, auto-commit off); a group new to the topics starts at their beginning ({@code earliest}) unless
 * {@code skein.kafka.properties.auto.offset.reset} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(KafkaIngestEnabled.class)
class KafkaIngestConfiguration {

	static final String CONTAINER = "skeinKafkaIngest";

	@Bean
	DeadLetters kafkaDeadLetters(KafkaIngestProperties settings) {
		return new DeadLetters(settings);
	}

	@Bean
	RetryWholeBatch kafkaRetryWholeBatch(KafkaIngestProperties settings, MeterRegistry meters) {
		return new RetryWholeBatch(settings, meters);
	}

	@Bean
	KafkaIngestListener kafkaIngestListener(IngestService ingest, DeadLetters deadLetters,
			KafkaIngestProperties settings, MeterRegistry meters, RetryWholeBatch retries) {
		return new KafkaIngestListener(ingest, deadLetters, settings, meters, retries);
	}

	@Bean(CONTAINER)
	ConcurrentMessageListenerContainer<String, byte[]> kafkaIngestContainer(KafkaIngestProperties settings,
			KafkaIngestListener listener, RetryWholeBatch retries, MeterRegistry meters) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.putAll(settings.properties());
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize());
		DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(config,
				new StringDeserializer(), new ByteArrayDeserializer());
		ContainerProperties properties = new ContainerProperties(settings.topics().toArray(String[]::new));
		properties.setAckMode(ContainerProperties.AckMode.BATCH);
		properties.setSyncCommits(true);
		properties.setMessageListener(listener);
		ConsumerLag lag = new ConsumerLag(meters);
		properties.setConsumerRebalanceListener(lag);
		ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
				consumers, properties);
		container.setConcurrency(settings.concurrency());
		container.setCommonErrorHandler(retries);
		container.setBeanName(CONTAINER);
		lag.of(() -> container);
		return container;
	}

}
