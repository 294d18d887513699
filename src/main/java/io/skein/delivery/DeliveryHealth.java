package io.skein.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} component {@code delivery}: the channels this instance sends, and per channel
 * it cannot send the messages waiting and why (e.g. EMAIL without {@code spring.mail.host}). Waiting
 * messages are not lost: they are sent once their channel is configured. Always UP: an unconfigured
 * channel is a decision, not an outage.
 */
class DeliveryHealth implements HealthIndicator {

	private final OutboxDispatcher dispatcher;

	private final Outbox outbox;

	private final DeliveryProperties settings;

	DeliveryHealth(OutboxDispatcher dispatcher, Outbox outbox, DeliveryProperties settings) {
		this.dispatcher = dispatcher;
		this.outbox = outbox;
		this.settings = settings;
	}

	@Override
	public Health health() {
		Map<OutboxChannel, Long> waiting = this.outbox.waiting();
		Map<String, Object> held = new LinkedHashMap<>();
		this.dispatcher.unavailable().forEach((channel, why) -> held.put(channel.name(),
				Map.of("waiting", waiting.getOrDefault(channel, 0L), "reason", why)));
		Map<String, Object> queued = new LinkedHashMap<>();
		waiting.forEach((channel, count) -> queued.put(channel.name(), count));
		return Health.up()
			.withDetail("dispatcher", this.settings.enabled() ? this.dispatcher.owner() : "off (skein.delivery.enabled=false)")
			.withDetail("waiting", queued)
			.withDetail("notSent", held)
			.build();
	}

}
