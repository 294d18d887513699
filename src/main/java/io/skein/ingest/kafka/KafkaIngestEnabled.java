package io.skein.ingest.kafka;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code skein.kafka} names brokers and a records or events topic, and {@code consume} is not
 * off ({@link KafkaIngestProperties#enabled}); otherwise no bean of Kafka in is made.
 */
class KafkaIngestEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		KafkaIngestProperties settings = Binder.get(context.getEnvironment())
			.bind("skein.kafka", KafkaIngestProperties.class)
			.orElseGet(KafkaIngestProperties::defaults);
		return settings.enabled() ? ConditionOutcome.match("skein.kafka names brokers and a topic to consume")
				: ConditionOutcome.noMatch("skein.kafka.bootstrap-servers and a records-topic or events-topic are not"
						+ " both set, or skein.kafka.consume is false");
	}

}
