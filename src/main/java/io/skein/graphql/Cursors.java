package io.skein.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque Relay cursors: a kind and the key values of the last row seen, base64url-encoded. Clients
 * must treat them as opaque; a cursor of another kind, or one that does not decode, is bad input on
 * the argument that carried it.
 */
public final class Cursors {

	private static final char SEPARATOR = '\u001f';

	/** Largest page any connection serves. */
	public static final int MAX_PAGE = 200;

	private Cursors() {
	}

	public static String encode(String kind, String... parts) {
		StringBuilder text = new StringBuilder(kind);
		for (String part : parts) {
			text.append(SEPARATOR).append(part);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The parts of a cursor of the given kind, or null when {@code cursor} is null.
	 * @throws InvalidInputException naming {@code field} when the cursor is malformed or of another kind
	 */
	public static List<String> decode(String cursor, String kind, int parts, String field) {
		if (cursor == null) {
			return null;
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "not a cursor returned by this connection");
		}
		List<String> values = split(text);
		if (values.size() != parts + 1 || !values.get(0).equals(kind)) {
			throw new InvalidInputException(field, "not a cursor returned by this connection");
		}
		return List.copyOf(values.subList(1, values.size()));
	}

	/** The page size asked for, checked to be between 1 and {@link #MAX_PAGE}. */
	public static int pageSize(Integer first, int defaultSize, String field) {
		int size = first == null ? defaultSize : first;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidInputException(field, "must be between 1 and " + MAX_PAGE + ", was " + size);
		}
		return size;
	}

	private static List<String> split(String text) {
		List<String> values = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == SEPARATOR) {
				values.add(text.substring(start, i));
				start = i + 1;
			}
		}
		values.add(text.substring(start));
		return values;
	}

}
