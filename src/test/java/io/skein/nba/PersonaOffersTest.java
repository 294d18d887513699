package io.skein.nba;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.IngestService;
import io.skein.purpose.Fixtures;
import io.skein.purpose.PurposeTest;
import io.skein.segment.ShippedSegments;
import io.skein.support.GraphProbe;
import io.skein.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-holding through the graph conditions on more than products: a persona attribute's value and a
 * segment the customer is in raise what people like them hold, and the explanation says so with the
 * counts behind it.
 */
@PurposeTest
class PersonaOffersTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ShippedSegments shipped;

	@Autowired
	NextBestOfferService offers;

	@Autowired
	GraphProbe probe;

	@Autowired
	TestClock clock;

	String ravi;

	@BeforeEach
	void aBankOfBusinessOwnersTravellersAndOthers() {
		this.clock.set("2026-11-15T12:00:00Z");
		this.shipped.ensure();
		List<Map<String, Object>> records = new ArrayList<>();
		int account = 1000;
		for (int n = 0; n < 12; n++) {
			List<String> held = new ArrayList<>(List.of(++account + ":SAVINGS", ++account + ":CURRENT"));
			if (n < 9) {
				held.add(++account + ":BUSINESS_LOAN");
			}
			records.add(with(Fixtures.customer("core_banking", "B" + n, "B", "b" + n + "@example.in",
					held.toArray(String[]::new)), "1980-05-05", Map.of("occupation", "business_owner")));
		}
		for (int n = 0; n < 12; n++) {
			List<String> held = new ArrayList<>(List.of(++account + ":SAVINGS", ++account + ":CREDIT_CARD"));
			if (n < 8) {
				held.add(++account + ":FOREX_CARD");
			}
			records.add(with(Fixtures.customer("core_banking", "G" + n, "G", "g" + n + "@example.in",
					held.toArray(String[]::new)), "1990-05-05", Map.of("IsGlobetrotter", true)));
		}
		for (int n = 0; n < 30; n++) {
			records.add(with(Fixtures.customer("core_banking", "S" + n, "S", "s" + n + "@example.in", ++account + ":SAVINGS"),
					"1995-05-05", Map.of("occupation", "salaried_private")));
		}
		records.add(with(Fixtures.customer("core_banking", "RAVI", "Ravi", "ravi@example.in", "9001:SAVINGS"),
				"1985-03-03", Map.of("occupation", "Business_Owner", "IsGlobetrotter", true)));
		this.ingest.ingestRecords(records, "records");
		this.ravi = this.probe.customerOf("core_banking", "RAVI");
	}

	@Test
	void peopleLikeThemRaiseWhatTheyHold() {
		List<Offer> top = this.offers.nextBestOffers(this.ravi, null, 3);
		assertThat(top).extracting(o -> o.product().code())
			.containsExactlyInAnyOrder("CURRENT", "BUSINESS_LOAN", "FOREX_CARD");

		Offer loan = offer(top, "BUSINESS_LOAN");
		assertThat(loan.explanation()).contains(
				"occupation business_owner; 69% of 13 customers with occupation business_owner hold BUSINESS_LOAN vs 16% of all customers");
		Offer forex = offer(top, "FOREX_CARD");
		assertThat(forex.explanation())
			.contains("in segment globetrotter; 62% of 13 globetrotter members hold FOREX_CARD vs 15% of all customers")
			.contains("IsGlobetrotter true; 62% of 13 customers with IsGlobetrotter true hold FOREX_CARD");
		assertThat(forex.reasons()).flatExtracting(Offer.Reason::elements)
			.extracting(e -> e.label() + ":" + e.key())
			.contains("Segment:globetrotter", "Product:FOREX_CARD");
		assertThat(forex.explanation()).containsPattern("estimated \\d+% from \\d+ signals$");
	}

	private static Offer offer(List<Offer> offers, String code) {
		return offers.stream().filter(o -> o.product().code().equals(code)).findFirst().orElseThrow();
	}

	private static Map<String, Object> with(Map<String, Object> record, String born, Map<String, Object> attributes) {
		Map<String, Object> copy = new HashMap<>(record);
		copy.put("dateOfBirth", born);
		copy.put("attributes", attributes);
		return copy;
	}

}
