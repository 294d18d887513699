package io.skein.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes rejected messages to {@code skein.kafka.dead-letter-topic}: the original key and value
 * unchanged, and text headers {@value #ORIGINAL_TOPIC}, {@value #ORIGINAL_PARTITION}, {@value #ORIGINAL_OFFSET},
 * {@value #CLASSIFICATION}, {@value #FIELD} and {@value #REASON}. {@link #publish} returns once every
 * in-sync replica has them ({@code acks=all}, idempotent producer), and throws otherwise, so the batch
 * they came from is not committed.
 */
class DeadLetters implements DisposableBean {

	static final String ORIGINAL_TOPIC = "skein-original-topic";

	static final String ORIGINAL_PARTITION = "skein-original-partition";

	static final String ORIGINAL_OFFSET = "skein-original-offset";

	static final String CLASSIFICATION = "skein-classification";

	static final String FIELD = "skein-field";

	static final String REASON = "skein-reason";

	private static final long TIMEOUT_MS = 30_000;

	private final String topic;

	private final DefaultKafkaProducerFactory<String, byte[]> producers;

	private final KafkaTemplate<String, byte[]> template;

	DeadLetters(KafkaIngestProperties settings) {
		this.topic = settings.deadLetterTopic();
		Map<String, Object> config = new HashMap<>(settings.properties());
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT_MS);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS / 2);
		this.producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
		this.template = new KafkaTemplate<>(this.producers);
	}

	String topic() {
		return this.topic;
	}

	/** Sends them all, then waits for every acknowledgement; throws if any is missing. */
	void publish(List<DeadLetter> letters) {
		List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>(letters.size());
		for (DeadLetter letter : letters) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topic, null, letter.original().key(),
					letter.original().value());
			Headers headers = record.headers();
			header(headers, ORIGINAL_TOPIC, letter.original().topic());
			header(headers, ORIGINAL_PARTITION, String.valueOf(letter.original().partition()));
			header(headers, ORIGINAL_OFFSET, String.valueOf(letter.original().offset()));
			header(headers, CLASSIFICATION, letter.classification());
			header(headers, FIELD, letter.field());
			header(headers, REASON, letter.reason());
			sent.add(this.template.send(record));
		}
		for (CompletableFuture<SendResult<String, byte[]>> future : sent) {
			try {
				future.get(TIMEOUT_MS + 1_000, TimeUnit.MILLISECONDS);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("dead-letter topic " + this.topic + " did not take a message: "
						+ (ex.getCause() == null ? ex : ex.getCause()).getMessage(), ex);
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("dead-letter topic " + this.topic + ": no acknowledgement in time", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while publishing to the dead-letter topic", ex);
			}
		}
	}

	private static void header(Headers headers, String name, String value) {
		headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
