package io.skein.delivery;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.skein.ingest.IngestService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The delivery beans: the e-mail sender, feedback, the dispatcher, its schedule and health (webhooks: {@link WebhookConfiguration}). */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	@Bean
	EmailSender emailSender(ObjectProvider<JavaMailSender> mail, DeliveryProperties settings) {
		return new EmailSender(mail.getIfAvailable(), settings.mail());
	}

	@Bean
	DeliveryFeedback deliveryFeedback(IngestService ingest, DeliveryProperties settings) {
		return new DeliveryFeedback(settings.feedbackEvents() ? ingest : null);
	}

	@Bean
	OutboxDispatcher outboxDispatcher(Outbox outbox, List<ChannelSender> senders, DeliveryProperties settings,
			DeliveryFeedback feedback) {
		// pid@host and a random suffix: two instances (or two starts) never share a claim owner
		String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return new OutboxDispatcher(outbox, senders, settings, feedback, owner);
	}

	@Bean
	DeliveryScheduler deliveryScheduler(OutboxDispatcher dispatcher, DeliveryProperties settings, Clock clock) {
		return new DeliveryScheduler(dispatcher, settings, clock);
	}

	@Bean
	DeliveryHealth deliveryHealthIndicator(OutboxDispatcher dispatcher, Outbox outbox, DeliveryProperties settings) {
		return new DeliveryHealth(dispatcher, outbox, settings);
	}

}
