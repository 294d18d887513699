package io.skein.ingest.kafka;

import java.util.List;
import java.util.stream.Collectors;

import io.skein.ingest.ItemError;
import io.skein.security.Masks;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumed message that was rejected, with why: the classification and field at fault of its first
 * error, and a reason naming every error. Reasons are masked ({@link Masks#text}): a value quoted in a
 * message (in parentheses or single quotes, as a JSON parser quotes the token it stopped at), an email, a
 * phone or other long number never reaches the dead-letter topic's headers.
 */
record DeadLetter(ConsumerRecord<String, byte[]> original, String classification, String field, String reason) {

	static final int MAX_REASON = 500;

	static DeadLetter of(ConsumerRecord<String, byte[]> original, List<ItemError> errors) {
		ItemError first = errors.get(0);
		String reason = errors.stream()
			.map(e -> e.classification() + " " + e.field() + ": " + e.message())
			.collect(Collectors.joining("; "));
		return new DeadLetter(original, first.classification(), masked(first.field()), masked(reason));
	}

	static DeadLetter unreadable(ConsumerRecord<String, byte[]> original, String problem) {
		return of(original, List.of(ItemError.badRequest("$", problem)));
	}

	private static String masked(String text) {
		String flat = Masks.text(text.replaceAll("'[^']*'", "'***'")).replaceAll("\\s+", " ").strip();
		return flat.length() <= MAX_REASON ? flat : flat.substring(0, MAX_REASON - 3) + "...";
	}

}
