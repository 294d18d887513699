package io.skein.nba;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys co-holding rates are conditioned on, and the words an explanation uses for each. */
class SignalsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

	final Signals signals = new Signals(OfferSettings.standard());

	@Test
	void productsSegmentsAttributeValuesAndTheAgeBand() {
		OfferRepository.Facts facts = new OfferRepository.Facts(Set.of("SAVINGS", "HOME_LOAN"), List.of("globetrotter"),
				List.of(Map.of("name", "occupation", "value", "Business_Owner "), Map.of("name", "IsGlobetrotter", "value", "true")),
				List.of("1990-02-30", "1991-06-15"));
		assertThat(this.signals.of(facts, TODAY)).containsExactly("HOME_LOAN", "IsGlobetrotter=true", "SAVINGS",
				"age:30-44", "occupation=business_owner", "segment:globetrotter");
	}

	@Test
	void ageBandsFollowTheSettingsAndAnUnreadableBirthDateGivesNone() {
		assertThat(band("2006-11-16")).isEqualTo("age:under-30");
		assertThat(band("1996-11-15")).isEqualTo("age:30-44");
		assertThat(band("1966-11-15")).isEqualTo("age:60-plus");
		assertThat(band("1966-13-01")).isNull();
	}

	@Test
	void wordsAndGroupsForEachKindOfSignal() {
		assertThat(Signals.words("HOME_LOAN")).isEqualTo("holds HOME_LOAN");
		assertThat(Signals.group("HOME_LOAN")).isEqualTo("HOME_LOAN holders");
		assertThat(Signals.words("segment:globetrotter")).isEqualTo("in segment globetrotter");
		assertThat(Signals.group("segment:globetrotter")).isEqualTo("globetrotter members");
		assertThat(Signals.words("occupation=business_owner")).isEqualTo("occupation business_owner");
		assertThat(Signals.group("occupation=business_owner")).isEqualTo("customers with occupation business_owner");
		assertThat(Signals.words("age:under-30")).isEqualTo("aged under 30");
		assertThat(Signals.group("age:60-plus")).isEqualTo("customers aged 60 or over");
		assertThat(Signals.element("segment:hni").label()).isEqualTo("Segment");
		assertThat(Signals.element("CAR_LOAN").key()).isEqualTo("CAR_LOAN");
		assertThat(Signals.element("age:30-44")).isNull();
	}

	private String band(String born) {
		return this.signals.of(new OfferRepository.Facts(Set.of(), List.of(), List.of(), List.of(born)), TODAY)
			.stream()
			.filter(s -> s.startsWith("age:"))
			.findFirst()
			.orElse(null);
	}

}
