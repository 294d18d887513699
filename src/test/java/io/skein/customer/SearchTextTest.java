package io.skein.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
