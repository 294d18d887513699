package io.skein.orchestration;

import java.util.List;

/**
 * A message text with personalisation tokens {@code {{name|fallback}}}: the fallback is written when the
 * value is missing, so a message is never broken.
 */
public record Template(String text, List<Token> tokens) {

	public record Token(String name, String fallback) {

		public boolean isOffer() {
			return this.name.startsWith(Tokens.OFFER_PREFIX);
		}

	}

}
