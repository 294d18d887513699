package io.skein.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTextTest {

	@Test
	void everyTermIsQuotedAndRequired() {
		assertThat(SearchText.toQuery("  Asha   Rao ")).isEqualTo("\"Asha\" AND \"Rao\"");
		assertThat(SearchText.toQuery("O'Brien AND (x")).isEqualTo("\"O'Brien\" AND \"AND\" AND \"(x\"");
	}

	@Test
	void quotesAndBackslashesAreEscapedInsideTheQuotes() {
		assertThat(SearchText.toQuery("a\"b c\\d")).isEqualTo("\"a\\\"b\" AND \"c\\\\d\"");
	}

	@Test
	void termsWithoutLettersOrDigitsAreDropped() {
		assertThat(SearchText.toQuery("* && ( asha")).isEqualTo("\"asha\"");
		assertThat(SearchText.toQuery("* ?")).isNull();
	}

	/** Finding 9 of issue 13: 1,025 words made Lucene fail (INTERNAL_ERROR and a stack trace per request). */
	@Test
	void tooManyWordsAreBadInputNamingTheField() {
		String many = "a ".repeat(1025);
		assertThatThrownBy(() -> SearchText.toQuery(many)).isInstanceOf(io.skein.graphql.InvalidInputException.class)
			.hasMessageContaining("at most 32 words");
		assertThat(SearchText.toQuery("w ".repeat(32))).contains("\"w\"");
	}

}
