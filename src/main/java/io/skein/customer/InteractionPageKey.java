package io.skein.customer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graphql.Cursors;
import io.skein.graphql.InvalidInputException;

/**
 * What one {@code Customer.interactions} field asks for: whose, how many, after which cursor and with
 * which filters. The DataLoader key, so fields of a page of customers that ask the same thing are loaded
 * together; instants are kept in UTC so equal requests make equal keys.
 */
record InteractionPageKey(String customerId, int first, ZonedDateTime afterAt, String afterEventId,
		List<String> channels, List<String> categories, ZonedDateTime from, ZonedDateTime to) {

	static final String CURSOR_KIND = "interaction";

	static final int DEFAULT_PAGE = 20;

	/** Checks the field's arguments; bad ones fail naming the argument. */
	static InteractionPageKey of(String customerId, Integer first, String after, List<String> channels,
			List<String> categories, Instant from, Instant to) {
		int size = Cursors.pageSize(first, DEFAULT_PAGE, "first");
		List<String> cursor = Cursors.decode(after, CURSOR_KIND, 2, "after");
		ZonedDateTime afterAt = null;
		if (cursor != null) {
			try {
				afterAt = utc(Instant.parse(cursor.get(0)));
			}
			catch (DateTimeException ex) {
				throw new InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException("from", "must not be after to (" + from + " > " + to + ")");
		}
		return new InteractionPageKey(customerId, size, afterAt, cursor == null ? null : cursor.get(1),
				channels == null ? null : List.copyOf(channels), categories == null ? null : List.copyOf(categories),
				utc(from), utc(to));
	}

	static String cursorOf(InteractionView interaction) {
		return Cursors.encode(CURSOR_KIND, interaction.at().toInstant().toString(), interaction.eventId());
	}

	/** The key as a Cypher parameter. */
	Map<String, Object> asParameter(int index) {
		Map<String, Object> key = new HashMap<>();
		key.put("index", index);
		key.put("customerId", this.customerId);
		key.put("afterAt", this.afterAt);
		key.put("afterEventId", this.afterEventId);
		key.put("channels", this.channels);
		key.put("categories", this.categories);
		key.put("from", this.from);
		key.put("to", this.to);
		return key;
	}

	private static ZonedDateTime utc(Instant instant) {
		return instant == null ? null : instant.atZone(ZoneOffset.UTC);
	}

}
