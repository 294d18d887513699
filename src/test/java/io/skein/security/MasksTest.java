package io.skein.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

	@Test
	void contactValuesKeepJustEnoughToRecogniseThem() {
		assertThat(Masks.email("asha.rao@example.in")).isEqualTo("a***@example.in");
		assertThat(Masks.email("not-an-email")).isEqualTo("************");
		assertThat(Masks.phone("+919876512345")).isEqualTo("+91******2345");
		assertThat(Masks.phone("98765 12345")).isEqualTo("******2345");
		assertThat(Masks.lastFour("SB1001")).isEqualTo("**1001");
		assertThat(Masks.date("1990-02-14")).isEqualTo("****-**-**");
		assertThat(Masks.json("at 2026-11-03T09:15:00Z, ref 12345")).isEqualTo("at 2026-11-03T09:15:00Z, ref 12345");
		assertThat(Masks.text("email: not an email address (asha@@x); kept raw")).isEqualTo(
				"email: not an email address (***); kept raw");
	}

	@Test
	void jsonIsMaskedByKeyAndByLook() {
		Object masked = Masks.json(Map.of("email", "a@b.in", "note", "call +91 98765 43210", "contact", "x@y.com",
				"address", Map.of("line1", "12 MG Road"), "list", List.of("p@q.in"), "income", 7200, "Page category",
				"Loans"));
		assertThat(masked).isEqualTo(Map.of("email", "a***@b.in", "note", "call +91******3210", "contact", "x***@y.com",
				"address", Map.of("line1", "***"), "list", List.of("p***@q.in"), "income", 7200, "Page category", "Loans"));
	}

}
