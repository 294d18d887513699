package io.skein.ingest.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Kafka in ({@code skein.kafka.*}). Other blocks under {@code skein.kafka} (such as {@code changes}, Kafka
 * out) are not read here.
 *
 * @param bootstrapServers the brokers; without them nothing of Kafka in starts
 * @param recordsTopic the topic of customer records (JSON objects as {@code ingestRecords} takes them)
 * @param eventsTopic the topic of events (JSON objects as {@code track} takes them)
 * @param deadLetterTopic where rejected messages go, with their reason and original offset in headers
 * @param groupId the consumer group; every instance of one deployment uses the same
 * @param batchSize messages ingested per batch at most ({@code max.poll.records})
 * @param concurrency consumers per instance (each on its own partitions)
 * @param consume whether this process consumes (off for command-line runs)
 * @param retryBackoff the wait before a batch that failed in the store is consumed again; doubled per
 * failure in a row
 * @param maxRetryBackoff the longest such wait (below {@code max.poll.interval.ms})
 * @param properties further Kafka client settings for the consumer and the dead-letter producer
 * ({@code security.protocol}, {@code sasl.*}...)
 */
@ConfigurationProperties("skein.kafka")
public record KafkaIngestProperties(String bootstrapServers, String recordsTopic, String eventsTopic,
		String deadLetterTopic, String groupId, Integer batchSize, Integer concurrency, Boolean consume,
		Duration retryBackoff, Duration maxRetryBackoff, Map<String, String> properties) {

	public KafkaIngestProperties {
		bootstrapServers = blankToNull(bootstrapServers);
		recordsTopic = blankToNull(recordsTopic);
		eventsTopic = blankToNull(eventsTopic);
		deadLetterTopic = blankToNull(deadLetterTopic) == null ? "skein.ingest.dead-letter" : deadLetterTopic.strip();
		groupId = blankToNull(groupId) == null ? "skein-ingest" : groupId.strip();
		batchSize = batchSize == null ? 500 : batchSize;
		concurrency = concurrency == null ? 1 : concurrency;
		consume = consume == null || consume;
		retryBackoff = retryBackoff == null ? Duration.ofSeconds(1) : retryBackoff;
		maxRetryBackoff = maxRetryBackoff == null ? Duration.ofSeconds(60) : maxRetryBackoff;
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		if (batchSize < 1 || concurrency < 1 || retryBackoff.isNegative() || maxRetryBackoff.isNegative()) {
			throw new IllegalArgumentException("skein.kafka: batch-size and concurrency must be at least 1, retry-backoff"
					+ " and max-retry-backoff not negative");
		}
		if (deadLetterTopic.equals(recordsTopic) || deadLetterTopic.equals(eventsTopic)
				|| (recordsTopic != null && recordsTopic.equals(eventsTopic))) {
			throw new IllegalArgumentException("skein.kafka: records-topic, events-topic and dead-letter-topic must differ");
		}
	}

	/** Settings with nothing configured: Kafka in off. */
	public static KafkaIngestProperties defaults() {
		return new KafkaIngestProperties(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Whether this process consumes: brokers, at least one topic, and {@code consume} not turned off. */
	public boolean enabled() {
		return this.bootstrapServers != null && (this.recordsTopic != null || this.eventsTopic != null) && this.consume;
	}

	/** The topics consumed. */
	public List<String> topics() {
		List<String> topics = new ArrayList<>();
		if (this.recordsTopic != null) {
			topics.add(this.recordsTopic);
		}
		if (this.eventsTopic != null) {
			topics.add(this.eventsTopic);
		}
		return topics;
	}

	/** The wait before the {@code failures}-th retry in a row: the backoff doubled per failure, capped. */
	Duration backoffAfter(int failures) {
		Duration wait = this.retryBackoff;
		for (int i = 1; i < failures && wait.compareTo(this.maxRetryBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetryBackoff) > 0 ? this.maxRetryBackoff : wait;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
