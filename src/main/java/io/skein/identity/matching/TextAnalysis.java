package io.skein.identity.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene analysis of names and places: tokens lower-cased and folded to ASCII ("Zoë Müller" becomes
 * {@code zoe muller}), and Double Metaphone codes for phonetic blocking. Thread-safe.
 */
public final class TextAnalysis {

	private static final int METAPHONE_CODE_LENGTH = 6;

	private static final Analyzer FOLDING = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
		}
	};

	private static final Analyzer PHONETIC = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
			return new TokenStreamComponents(tokenizer,
					new DoubleMetaphoneFilter(folded, METAPHONE_CODE_LENGTH, false));
		}
	};

	private TextAnalysis() {
	}

	/** Lower-case ASCII tokens of {@code text}, punctuation dropped; empty for null. */
	public static List<String> tokens(String text) {
		return text == null ? List.of() : run(FOLDING, text);
	}

	/** The tokens joined with one space, or null when there are none. */
	public static String folded(String text) {
		List<String> tokens = tokens(text);
		return tokens.isEmpty() ? null : String.join(" ", tokens);
	}

	/** Double Metaphone codes (primary and alternate) of the name, its tokens run together. */
	public static Set<String> phoneticCodes(String name) {
		if (name == null || name.isBlank()) {
			return Set.of();
		}
		// a name split by a stray space ("elk i") should still sound like the whole name
		return new LinkedHashSet<>(run(PHONETIC, name.replace(" ", "")));
	}

	private static List<String> run(Analyzer analyzer, String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
