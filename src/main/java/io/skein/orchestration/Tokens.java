package io.skein.orchestration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personalisation tokens a template may use: golden-profile fields, {@code attribute.NAME} for a defined
 * custom attribute, and {@code offer.*} for the recommendation of an earlier RECOMMEND step. Every token
 * carries a fallback text: {@code {{firstName|there}}}.
 */
final class Tokens {

	static final String OFFER_PREFIX = "offer.";

	static final String ATTRIBUTE_PREFIX = "attribute.";

	static final Set<String> PROFILE = Set.of("firstName", "middleName", "lastName", "fullName", "email", "phone");

	static final Set<String> OFFER = Set.of("offer.name", "offer.code", "offer.category", "offer.explanation");

	private static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*)}}");

	private Tokens() {
	}

	/** Reads the tokens of {@code text}; the message of a {@link IllegalArgumentException} says what is wrong. */
	static Template parse(String text, Predicate<String> attributeDefined) {
		List<Template.Token> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		int end = 0;
		while (m.find()) {
			unbalanced(text.substring(end, m.start()));
			end = m.end();
			String body = m.group(1);
			int bar = body.indexOf('|');
			if (bar < 0) {
				throw new IllegalArgumentException("token {{" + body + "}} needs a fallback text, e.g. {{" + body.strip()
						+ "|there}}");
			}
			String name = body.substring(0, bar).strip();
			if (!known(name, attributeDefined)) {
				throw new IllegalArgumentException("unknown token {{" + name + "}}; expected one of " + new java.util.TreeSet<>(PROFILE)
						+ ", attribute.NAME of a defined attribute or one of " + new java.util.TreeSet<>(OFFER));
			}
			tokens.add(new Template.Token(name, body.substring(bar + 1)));
		}
		unbalanced(text.substring(end));
		return new Template(text, List.copyOf(tokens));
	}

	/**
	 * The text of {@code template} with every token replaced by its value, or by its fallback text when
	 * {@code values} has none (null or blank): a message is never broken.
	 */
	static String render(Template template, java.util.function.Function<String, String> values) {
		Matcher m = TOKEN.matcher(template.text());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String body = m.group(1);
			int bar = body.indexOf('|');
			String value = values.apply(body.substring(0, bar).strip());
			m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? body.substring(bar + 1) : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean known(String name, Predicate<String> attributeDefined) {
		if (name.startsWith(ATTRIBUTE_PREFIX)) {
			return attributeDefined.test(name.substring(ATTRIBUTE_PREFIX.length()));
		}
		return PROFILE.contains(name) || OFFER.contains(name);
	}

	private static void unbalanced(String text) {
		if (text.contains("{{") || text.contains("}}")) {
			throw new IllegalArgumentException("a token is not closed: write {{name|fallback}}");
		}
	}

}
