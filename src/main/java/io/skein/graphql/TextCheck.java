package io.skein.graphql;

/** Text that cannot be stored as sent: control characters and broken UTF-16 (issue 13, finding 9). */
public final class TextCheck {

	private TextCheck() {
	}

	/**
	 * Why a text cannot be stored as sent, or null: a NUL, escape or other control character (tab, line
	 * feed and carriage return are text), or half of a UTF-16 surrogate pair (the store would turn it
	 * into "?"). Issue 13, finding 9.
	 */
	public static String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains a lone surrogate (U+" + hex(c) + ") at position " + i + "; send valid UTF-16 text";
			}
			else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
				return "contains the control character U+" + hex(c) + " at position " + i + "; not stored";
			}
		}
		return null;
	}

	private static String hex(char c) {
		return String.format("%04X", (int) c);
	}

}
