package io.skein.delivery;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings ({@code skein.delivery.*}). The mail host itself is Spring's {@code spring.mail.host}
 * (with {@code port}, {@code username}, {@code password}, {@code properties.*}); without it EMAIL messages
 * stay PENDING.
 *
 * @param enabled whether this instance runs the dispatcher on a schedule
 * @param interval the pause between two dispatch rounds
 * @param batchSize messages claimed per round
 * @param maxAttempts failed attempts after which a message is DEAD
 * @param backoff the wait after the first failure; doubled after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param claimTimeout how long a claim holds; a claim older than this is taken by the next round of any
 * instance (longer than a batch can take to send)
 * @param feedbackEvents whether outcomes are ingested as events on the customer
 * @param mail the sender and the Message-ID domain of e-mails
 * @param webhooks per channel ({@code sms}, {@code whatsapp}, {@code push}, {@code webhook}) the URL
 * messages are POSTed to and the request timeout; a channel without one is not sent
 * @param kafka the channels published to a Kafka topic instead (none unless set)
 */
@ConfigurationProperties("skein.delivery")
public record DeliveryProperties(Boolean enabled, Duration interval, Integer batchSize, Integer maxAttempts,
		Duration backoff, Duration maxBackoff, Duration claimTimeout, Boolean feedbackEvents, Mail mail,
		Map<String, Webhook> webhooks, Kafka kafka) {

	public DeliveryProperties {
		enabled = enabled == null || enabled;
		interval = interval == null ? Duration.ofSeconds(5) : interval;
		batchSize = batchSize == null ? 20 : batchSize;
		maxAttempts = maxAttempts == null ? 5 : maxAttempts;
		backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
		maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
		feedbackEvents = feedbackEvents == null || feedbackEvents;
		mail = mail == null ? new Mail(null, null) : mail;
		webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
		kafka = kafka == null ? new Kafka(null, null, null, null, null) : kafka;
		if (batchSize < 1 || maxAttempts < 1 || interval.isNegative() || interval.isZero() || backoff.isNegative()
				|| claimTimeout.isNegative() || claimTimeout.isZero()) {
			throw new IllegalArgumentException("skein.delivery: batch-size and max-attempts must be at least 1, interval"
					+ " and claim-timeout positive, backoff not negative");
		}
	}

	/** Settings with everything defaulted, for tests and tools. */
	public static DeliveryProperties defaults() {
		return new DeliveryProperties(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The wait before the next attempt after {@code failures} failed ones: backoff doubled per failure, capped. */
	Duration backoffAfter(int failures) {
		Duration wait = this.backoff;
		for (int i = 1; i < failures && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxBackoff) > 0 ? this.maxBackoff : wait;
	}

	/**
	 * @param from the From address of e-mails
	 * @param messageIdDomain the right-hand side of each Message-ID ({@code <key@domain>}); by default the From
	 * address's domain
	 */
	public record Mail(String from, String messageIdDomain) {

		public Mail {
			from = from == null || from.isBlank() ? "no-reply@skein.local" : from.strip();
		}

		String domain() {
			if (this.messageIdDomain != null && !this.messageIdDomain.isBlank()) {
				return this.messageIdDomain.strip();
			}
			String address = this.from.replaceAll(".*<([^>]*)>.*", "$1");
			int at = address.lastIndexOf('@');
			return at < 0 ? "skein.local" : address.substring(at + 1).strip();
		}

	}

	/** A channel's webhook: the URL (http or https) and how long a request may take. */
	public record Webhook(String url, Duration timeout) {

		public Webhook {
			timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		}

	}

	/**
	 * Kafka as an outbound channel: the messages of {@code channels} are published to {@code topic} (key: the
	 * message key; value: the message as JSON) instead of going to a webhook.
	 *
	 * @param bootstrapServers the brokers, e.g. {@code kafka-1:9092,kafka-2:9092}
	 * @param topic where the messages go
	 * @param channels which channels go there (e.g. PUSH, WEBHOOK); none: Kafka is not used
	 * @param timeout how long a publish may wait for the brokers' acknowledgement
	 * @param properties further producer settings (security.protocol, sasl.*, ssl.*, ...)
	 */
	public record Kafka(String bootstrapServers, String topic, java.util.List<OutboxChannel> channels, Duration timeout,
			Map<String, String> properties) {

		public Kafka {
			channels = channels == null ? java.util.List.of() : java.util.List.copyOf(channels);
			timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
			properties = properties == null ? Map.of() : Map.copyOf(properties);
		}

		boolean configured() {
			return !this.channels.isEmpty();
		}

	}

}
