package io.skein.delivery;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kafka sender of the channels {@code skein.delivery.kafka.channels} names (none by default: nothing of
 * Kafka starts). Its settings are checked when the bean is made: a bad one stops the start naming it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	KafkaSender kafkaSender(DeliveryProperties settings) {
		DeliveryProperties.Kafka kafka = settings.kafka();
		if (kafka.configured()) {
			String property = "skein.delivery.kafka";
			if (kafka.bootstrapServers() == null || kafka.bootstrapServers().isBlank()) {
				throw new InvalidDeliverySettingsException(property + ".bootstrap-servers: required when channels are set");
			}
			if (kafka.topic() == null || kafka.topic().isBlank()) {
				throw new InvalidDeliverySettingsException(property + ".topic: required when channels are set");
			}
			if (kafka.channels().contains(OutboxChannel.EMAIL)) {
				throw new InvalidDeliverySettingsException(property + ".channels: e-mail goes through spring.mail.host");
			}
			if (kafka.timeout().isNegative() || kafka.timeout().isZero()) {
				throw new InvalidDeliverySettingsException(property + ".timeout: must be positive, was " + kafka.timeout());
			}
			for (OutboxChannel channel : kafka.channels()) {
				if (settings.webhooks().containsKey(channel.name().toLowerCase(Locale.ROOT))) {
					throw new InvalidDeliverySettingsException(property + ".channels: " + channel
							+ " has a webhook too (skein.delivery.webhooks." + channel.name().toLowerCase(Locale.ROOT)
							+ "); a channel goes one way");
				}
			}
		}
		return new KafkaSender(kafka);
	}

}
