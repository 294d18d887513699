package io.skein.delivery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook sender of SMS, WhatsApp, push and plain webhooks. Its targets are checked when the bean is
 * made: a bad {@code skein.delivery.webhooks.*} setting stops the start naming the property.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	WebhookTargets webhookTargets(DeliveryProperties settings) {
		return new WebhookTargets(settings.webhooks());
	}

	@Bean
	WebhookSender webhookSender(WebhookTargets targets) {
		return new WebhookSender(targets);
	}

}
