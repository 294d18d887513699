package io.skein.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.skein.graphql.InvalidInputException;

/**
 * Turns what a user typed into a safe Lucene query for the {@code customer_search_v2} index: every
 * whitespace-separated term is quoted (so operators, brackets, wildcards and field syntax in the text
 * are just characters) and all terms must match. Terms without a letter or digit are dropped, since
 * the analyzer would drop them anyway.
 */
final class SearchText {

	private SearchText() {
	}

	/** Most words a search may have (Lucene refuses more than 1,024 clauses; nobody types 32 words of a name). */
	static final int MAX_TERMS = 32;

	/** The Lucene query, or null when nothing searchable is left. */
	static String toQuery(String text) {
		List<String> terms = new ArrayList<>();
		for (String term : text.strip().split("\\s+")) {
			if (terms.size() == MAX_TERMS) {
				throw new InvalidInputException("text", "at most " + MAX_TERMS + " words");
			}
			if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
				terms.add('"' + term.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
			}
		}
		return terms.isEmpty() ? null : String.join(" AND ", terms);
	}

	/** The text as a name to compare with stored full names: lower case, single spaces, no outer blanks. */
	static String foldedName(String text) {
		return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

}
