package io.skein.identity.matching;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

class AddressComparatorsTest {

	private final StreetComparator street = new StreetComparator();

	private final LocalityComparator locality = new LocalityComparator();

	private static MatchRecord at(String street, String postcode, String city) {
		return person(street + postcode + city, "a", "b", null, street, postcode, city);
	}

	@Test
	void streetLevels() {
		assertThat(street.level(at("12 Oak Street", null, null), at("12 oak street", null, null)))
			.isEqualTo(StreetComparator.Level.EXACT);
		assertThat(street.level(at("12 Oak Street", null, null), at("12 Oak Steet", null, null)))
			.isEqualTo(StreetComparator.Level.VERY_SIMILAR);
		assertThat(street.level(at("12 Oak Street Riverside", null, null), at("12 Oak Road", null, null)))
			.isEqualTo(StreetComparator.Level.SIMILAR);
		assertThat(street.level(at("3 Mill Lane", null, null), at("88 Bridge Road", null, null)))
			.isEqualTo(StreetComparator.Level.DIFFERENT);
		assertThat(street.level(at(null, "2000", null), at("3 Mill Lane", null, null))).isNull();
	}

	@Test
	void localityLevels() {
		assertThat(locality.level(at(null, "2600", "Canberra"), at(null, "2600", "canberra")))
			.isEqualTo(LocalityComparator.Level.POSTCODE_AND_CITY);
		assertThat(locality.level(at(null, "2600", "Canberra"), at(null, "2600", "Yass")))
			.isEqualTo(LocalityComparator.Level.POSTCODE);
		assertThat(locality.level(at(null, "2600", "Canberra"), at(null, "3000", "Canberra")))
			.isEqualTo(LocalityComparator.Level.CITY);
		assertThat(locality.level(at(null, null, "Canberra"), at(null, null, "Canbera")))
			.isEqualTo(LocalityComparator.Level.CITY_FUZZY);
		assertThat(locality.level(at(null, "2600", "Canberra"), at(null, "2601", "Yass")))
			.isEqualTo(LocalityComparator.Level.POSTCODE_ONE_DIGIT);
		assertThat(locality.level(at(null, "2600", "Canberra"), at(null, "4000", "Brisbane")))
			.isEqualTo(LocalityComparator.Level.DIFFERENT);
		assertThat(locality.level(at(null, "2600", null), at(null, null, "Brisbane"))).isNull();
	}

	@Test
	void onlyAnExactCityIsTermFrequencyAdjusted() {
		MatchRecord a = at(null, "2600", "Canberra");
		MatchRecord b = at(null, "3000", "Canberra");
		assertThat(locality.agreedTerm(a, b, locality.compare(a, b))).isEqualTo("canberra");
		MatchRecord c = at(null, "2600", "Canbera");
		assertThat(locality.agreedTerm(a, c, locality.compare(a, c))).isNull();
	}

}
