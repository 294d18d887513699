package io.skein.changefeed;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbound change feed ({@code skein.kafka.changes.*}); the brokers are {@code skein.kafka.bootstrap-servers}.
 * Without both a topic and brokers nothing is published (events are still recorded, and purged after
 * {@code retention}).
 *
 * @param topic where customer change events go (key: the customer id)
 * @param interval the pause between two publishing rounds
 * @param customersPerRound customers whose pending events one round publishes
 * @param eventsPerCustomer pending events of one customer one round publishes (the rest, in order, next round)
 * @param leaseTtl how long the publishing lease holds without renewal: another instance takes over after it
 * @param timeout how long a round waits for the brokers' acknowledgement
 * @param retention how long events are kept after they were recorded: published ones (unpublished ones too
 * when no topic is configured)
 * @param properties further producer settings (security.protocol, sasl.*, ssl.*, ...)
 */
@ConfigurationProperties("skein.kafka.changes")
public record ChangeFeedProperties(String topic, Duration interval, Integer customersPerRound, Integer eventsPerCustomer,
		Duration leaseTtl, Duration timeout, Duration retention, Map<String, String> properties) {

	public ChangeFeedProperties {
		interval = interval == null ? Duration.ofSeconds(1) : interval;
		customersPerRound = customersPerRound == null ? 200 : customersPerRound;
		eventsPerCustomer = eventsPerCustomer == null ? 50 : eventsPerCustomer;
		leaseTtl = leaseTtl == null ? Duration.ofSeconds(30) : leaseTtl;
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		retention = retention == null ? Duration.ofDays(7) : retention;
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		if (customersPerRound < 1 || eventsPerCustomer < 1 || interval.isNegative() || interval.isZero()
				|| leaseTtl.isNegative() || leaseTtl.isZero() || timeout.isNegative() || timeout.isZero()
				|| retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("skein.kafka.changes: customers-per-round and events-per-customer must be at"
					+ " least 1, interval, lease-ttl, timeout and retention positive");
		}
	}

	/** Settings with everything defaulted and {@code topic}, for tests and tools. */
	public static ChangeFeedProperties withTopic(String topic) {
		return new ChangeFeedProperties(topic, null, null, null, null, null, null, null);
	}

}
