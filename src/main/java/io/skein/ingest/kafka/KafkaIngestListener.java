package io.skein.ingest.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.ingest.Json;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.BatchMessageListener;

/**
 * One polled batch of messages into the graph: each message from the records topic is a record, from the
 * events topic an event, and the batch goes through {@link IngestService#ingest} in poll order, as an
 * {@code import} batch does. Messages that are not a JSON object, and items ingestion rejects, go to the
 * dead-letter topic; the rest of the batch is stored. Returning normally lets the container commit the
 * batch's offsets, so they are committed only after the graph (and the dead-letter topic) took the batch.
 * An item the store could not take ({@code INTERNAL_ERROR}: a store failure, the process shutting down)
 * or an exception out of ingestion throws instead, before anything is dead-lettered: nothing is committed
 * and the whole batch is consumed again ({@link RetryWholeBatch}); what it stored the first time is
 * UNCHANGED the second.
 */
class KafkaIngestListener implements BatchMessageListener<String, byte[]> {

	static final String STORE_FAILURE = "INTERNAL_ERROR";

	private final IngestService ingest;

	private final DeadLetters deadLetters;

	private final String recordsTopic;

	private final MeterRegistry meters;

	private final RetryWholeBatch retries;

	KafkaIngestListener(IngestService ingest, DeadLetters deadLetters, KafkaIngestProperties settings,
			MeterRegistry meters, RetryWholeBatch retries) {
		this.ingest = ingest;
		this.deadLetters = deadLetters;
		this.recordsTopic = settings.recordsTopic();
		this.meters = meters;
		this.retries = retries;
	}

	@Override
	public void onMessage(List<ConsumerRecord<String, byte[]>> batch) {
		List<IngestService.Item> items = new ArrayList<>(batch.size());
		List<ConsumerRecord<String, byte[]>> itemMessages = new ArrayList<>(batch.size());
		List<DeadLetter> dead = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> message : batch) {
			Object parsed = parse(message.value());
			if (parsed instanceof String problem) {
				dead.add(DeadLetter.unreadable(message, problem));
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> json = (Map<String, Object>) parsed;
			IngestService.Item.Kind kind = message.topic().equals(this.recordsTopic) ? IngestService.Item.Kind.RECORD
					: IngestService.Item.Kind.EVENT;
			items.add(new IngestService.Item(items.size(), kind, json, ""));
			itemMessages.add(message);
		}
		List<IngestResult> results = this.ingest.ingest(items);
		int stored = 0;
		for (int i = 0; i < results.size(); i++) {
			IngestResult result = results.get(i);
			if (result.status() != IngestStatus.REJECTED) {
				stored++;
			}
			else if (result.errors().stream().anyMatch(e -> STORE_FAILURE.equals(e.classification()))) {
				throw new StoreFailure(itemMessages.get(i));
			}
			else {
				dead.add(DeadLetter.of(itemMessages.get(i), result.errors()));
			}
		}
		if (!dead.isEmpty()) {
			this.deadLetters.publish(dead);
		}
		this.retries.succeeded();
		this.meters.counter("skein.kafka.messages", "outcome", "stored").increment(stored);
		this.meters.counter("skein.kafka.messages", "outcome", "dead-lettered").increment(dead.size());
	}

	/** The message as a JSON object, or (a String) why it is not one. */
	private static Object parse(byte[] value) {
		if (value == null) {
			return "expected a JSON object, got no value (a tombstone)";
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(value))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return "not UTF-8 text";
		}
		if (text.strip().equals("null")) {
			return "expected a JSON object, got null";
		}
		try {
			return Json.parseObject(text);
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage() == null ? "not valid JSON" : ex.getMessage();
		}
	}

	/** A batch the store did not take whole: not committed, consumed again. */
	static final class StoreFailure extends RuntimeException {

		StoreFailure(ConsumerRecord<String, byte[]> message) {
			super("an item of " + message.topic() + "-" + message.partition() + " at offset " + message.offset()
					+ " could not be stored; the batch is not committed and will be consumed again");
		}

	}

}
