package io.skein.ingest.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What a failed batch gets: nothing committed ({@link #isAckAfterHandle} is false), the consumer put back to
 * the batch's first offset in each partition, and a wait ({@code skein.kafka.retry-backoff}, doubled per
 * failure in a row up to {@code max-retry-backoff}) before it is polled again. A store that is down stalls
 * consumption, never loses a message; a stopping container stops waiting at once, and whoever consumes the
 * partitions next starts from the last committed offset. Counted as {@code skein.kafka.retries}.
 */
class RetryWholeBatch implements CommonErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(RetryWholeBatch.class);

	private final KafkaIngestProperties settings;

	private final MeterRegistry meters;

	/** Failures in a row, per consumer thread. */
	private final Map<Thread, Integer> failures = new ConcurrentHashMap<>();

	RetryWholeBatch(KafkaIngestProperties settings, MeterRegistry meters) {
		this.settings = settings;
		this.meters = meters;
	}

	@Override
	public boolean seeksAfterHandling() {
		return true;
	}

	@Override
	public boolean isAckAfterHandle() {
		return false;
	}

	/** A batch of this thread went through: the next failure waits the first backoff again. */
	void succeeded() {
		this.failures.remove(Thread.currentThread());
	}

	@Override
	public void handleBatch(Exception thrown, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
			MessageListenerContainer container, Runnable invokeListener) {
		int failed = this.failures.merge(Thread.currentThread(), 1, Integer::sum);
		Duration wait = this.settings.backoffAfter(failed);
		this.meters.counter("skein.kafka.retries").increment();
		log.warn("A batch of {} Kafka messages was not ingested ({}); not committed, consumed again in {} (failure {} in a row)",
				data.count(), thrown.getMessage(), wait, failed);
		Map<TopicPartition, Long> first = new HashMap<>();
		for (ConsumerRecord<?, ?> record : data) {
			first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
		}
		first.forEach(consumer::seek);
		try {
			ListenerUtils.stoppableSleep(container, wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void handleOtherException(Exception thrown, Consumer<?, ?> consumer, MessageListenerContainer container,
			boolean batchListener) {
		log.warn("Kafka consumer error outside a batch: {}", thrown.getMessage());
	}

	@Override
	public void clearThreadState() {
		this.failures.remove(Thread.currentThread());
	}

}
