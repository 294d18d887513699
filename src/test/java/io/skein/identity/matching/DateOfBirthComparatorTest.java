package io.skein.identity.matching;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.DateOfBirthComparator.Level.*;
import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

class DateOfBirthComparatorTest {

	private final DateOfBirthComparator comparator = new DateOfBirthComparator();

	private DateOfBirthComparator.Level level(String a, String b) {
		return comparator.level(person("1", "a", "b", a), person("2", "a", "b", b));
	}

	@Test
	void levels() {
		assertThat(level("1980-03-07", "19800307")).isEqualTo(EXACT);
		assertThat(level("1980-03-07", "1980-07-03")).isEqualTo(DAY_MONTH_TRANSPOSED);
		assertThat(level("1980-03-07", "1980-03-01")).isEqualTo(ONE_DIGIT);
		assertThat(level("1980-03-07", "1908-03-07")).isEqualTo(ONE_DIGIT);
		assertThat(level("1980-03-07", "1979-03-07")).isEqualTo(YEAR_OFF_BY_ONE);
		assertThat(level("1980-03-07", "1980-11-20")).isEqualTo(WITHIN_A_YEAR);
		assertThat(level("1960-07-11", "1958-07-11")).isEqualTo(TWO_DIGITS);
		assertThat(level("1959-12-24", "1959-09-24")).as("two slips, though within a year").isEqualTo(TWO_DIGITS);
		assertThat(level("1980-03-07", "1955-11-20")).isEqualTo(DIFFERENT);
		assertThat(level("1980-03-07", null)).isNull();
	}

	@Test
	void anInvalidDateStillComparesByDigits() {
		assertThat(level("19800307", "19800337")).isEqualTo(ONE_DIGIT);
		assertThat(BirthDate.parse("19800337").date()).isNull();
	}

}
