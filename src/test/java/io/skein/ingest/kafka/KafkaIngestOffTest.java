package io.skein.ingest.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.skein.ingest.IngestService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * Without brokers and a topic nothing of Kafka in is made: no consumer, no dead-letter producer, no
 * listener; brokers alone (Kafka out only) or {@code consume=false} (command-line runs) start nothing
 * either. With both the beans are there. Bad settings are refused naming the prefix.
 */
class KafkaIngestOffTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(KafkaIngestConfiguration.class)
		.withBean(IngestService.class, () -> mock(IngestService.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withUserConfiguration(NoAutoStartup.class);

	/** The consumer is made but not started: no broker listens at 127.0.0.1:1. */
	static class NoAutoStartup implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof AbstractMessageListenerContainer<?, ?> container) {
				container.setAutoStartup(false);
			}
			return bean;
		}

	}

	@EnableConfigurationProperties(KafkaIngestProperties.class)
	static class Settings {

	}

	@Test
	void notConfiguredNothingStarts() {
		this.runner.withUserConfiguration(Settings.class).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(MessageListenerContainer.class);
			assertThat(context).doesNotHaveBean(KafkaIngestListener.class);
			assertThat(context).doesNotHaveBean(DeadLetters.class);
		});
	}

	@Test
	void brokersWithoutATopicOrWithConsumeOffStartNothing() {
		this.runner.withUserConfiguration(Settings.class)
			.withPropertyValues("skein.kafka.bootstrap-servers=127.0.0.1:1", "skein.kafka.changes.topic=skein.changes")
			.run(context -> assertThat(context).doesNotHaveBean(MessageListenerContainer.class));
		this.runner.withUserConfiguration(Settings.class)
			.withPropertyValues("skein.kafka.bootstrap-servers=127.0.0.1:1", "skein.kafka.records-topic=r",
					"skein.kafka.consume=false")
			.run(context -> assertThat(context).doesNotHaveBean(MessageListenerContainer.class));
	}

	@Test
	void brokersAndATopicMakeTheConsumer() {
		this.runner.withUserConfiguration(Settings.class)
			.withPropertyValues("skein.kafka.bootstrap-servers=127.0.0.1:1", "skein.kafka.events-topic=e")
			.run(context -> {
				assertThat(context).hasSingleBean(MessageListenerContainer.class);
				assertThat(context).hasSingleBean(KafkaIngestListener.class);
				assertThat(context.getBean(KafkaIngestProperties.class).deadLetterTopic()).isEqualTo("skein.ingest.dead-letter");
				assertThat(context.getBean(KafkaIngestProperties.class).groupId()).isEqualTo("skein-ingest");
			});
	}

	@Test
	void badSettingsAreRefused() {
		assertThatThrownBy(() -> new KafkaIngestProperties("k:9092", "t", null, "t", null, null, null, null, null, null,
				null)).hasMessageContaining("skein.kafka");
		assertThatThrownBy(() -> new KafkaIngestProperties("k:9092", "t", null, null, null, 0, null, null, null, null,
				null)).hasMessageContaining("batch-size");
	}

}
