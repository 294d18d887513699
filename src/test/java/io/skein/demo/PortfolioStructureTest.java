package io.skein.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people hold follows from their lives, as a bank's books do: products that share a cause go
 * together far more often than chance (independence) would have them, personas shape portfolios, the
 * savings account comes first and covers are sold with the loans they protect. Counted on a generated
 * bank as core banking writes it.
 */
class PortfolioStructureTest {

	static final GeneratorOptions OPTIONS = new GeneratorOptions(3000, 42, GeneratorOptions.DEFAULT_AS_OF, 6);

	/** Open accounts per person, by product code, as the core-banking record lists them. */
	static Map<String, Map<String, Account>> held;

	/** The core-banking record's attributes per person. */
	static Map<String, Map<String, Object>> attributes;

	@BeforeAll
	static void generate() {
		held = new LinkedHashMap<>();
		attributes = new HashMap<>();
		new DemoBankGenerator(OPTIONS).generate(new DemoBankSink() {

			@Override
			public void record(String personId, RecordInput record) {
				if (record.source().equals("core_banking")) {
					Map<String, Account> accounts = new LinkedHashMap<>();
					record.accounts().stream().filter(a -> a.closedAt() == null).forEach(a -> accounts.put(a.productCode(), a));
					held.put(personId, accounts);
					attributes.put(personId, record.attributes());
				}
			}

			@Override
			public void event(EventInput event) {
			}

			@Override
			public void purpose(PurposeTruth truth) {
			}

		});
	}

	@Test
	void productsThatShareACauseGoTogetherFarMoreOftenThanByChance() {
		String[][] pairs = { { "HOME_LOAN", "HOME_INSURANCE" }, { "HOME_LOAN", "TERM_INSURANCE" },
				{ "CAR_LOAN", "MOTOR_INSURANCE" }, { "FOREX_CARD", "TRAVEL_INSURANCE" }, { "CURRENT", "BUSINESS_LOAN" },
				{ "MUTUAL_FUND", "DEMAT" }, { "EDUCATION_LOAN", "FOREX_CARD" } };
		for (String[] pair : pairs) {
			double base = share(p -> true, pair[1]);
			assertThat(share(p -> p.containsKey(pair[0]), pair[1])).as(pair[1] + " given " + pair[0])
				.isGreaterThan(2 * base);
		}
		// Gold loans are for those with little else to borrow against; investors rarely need them.
		assertThat(share(p -> p.containsKey("MUTUAL_FUND"), "GOLD_LOAN")).isLessThan(share(p -> true, "GOLD_LOAN"));
	}

	@Test
	void personasShapePortfolios() {
		assertThat(shareOf("IsGlobetrotter", true, "FOREX_CARD")).isGreaterThan(5 * shareOf("IsGlobetrotter", false,
				"FOREX_CARD"));
		assertThat(shareOf("occupation", "business_owner", "BUSINESS_LOAN"))
			.isGreaterThan(5 * shareOf("occupation", "salaried_private", "BUSINESS_LOAN"));
		assertThat(shareOf("occupation", "retired", "FIXED_DEPOSIT")).isGreaterThan(1.5 * share(p -> true,
				"FIXED_DEPOSIT"));
		assertThat(shareOf("occupation", "student", "EDUCATION_LOAN")).isGreaterThan(3 * share(p -> true,
				"EDUCATION_LOAN"));
	}

	@Test
	void theCatalogueIsAnIndianRetailBanksAndEveryProductIsHeld() {
		Set<String> seen = new java.util.TreeSet<>();
		held.values().forEach(p -> seen.addAll(p.keySet()));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(Products.ALL);
		double mean = held.values().stream().filter(p -> !p.isEmpty()).mapToInt(Map::size).average().orElse(0);
		assertThat(mean).isBetween(3.0, 6.0);
	}

	@Test
	void theSavingsAccountComesFirstAndCoversComeWithTheirLoans() {
		int withSavings = 0;
		int coversWithLoan = 0;
		int covers = 0;
		for (Map<String, Account> p : held.values()) {
			Account savings = p.get("SAVINGS");
			if (savings != null) {
				withSavings++;
				assertThat(p.values()).allSatisfy(a -> assertThat(LocalDate.parse(a.openedAt()))
					.isAfterOrEqualTo(LocalDate.parse(savings.openedAt())));
			}
			if (p.containsKey("HOME_LOAN") && p.containsKey("HOME_INSURANCE")) {
				covers++;
				LocalDate loan = LocalDate.parse(p.get("HOME_LOAN").openedAt());
				LocalDate cover = LocalDate.parse(p.get("HOME_INSURANCE").openedAt());
				coversWithLoan += !cover.isBefore(loan) && !cover.isAfter(loan.plusDays(30)) ? 1 : 0;
			}
		}
		assertThat(withSavings).isGreaterThan(held.size() / 2);
		assertThat((double) coversWithLoan / covers).isGreaterThan(0.4);
	}

	@Test
	void theSameSeedGivesTheSamePortfoliosAndAnotherSeedOthers() {
		assertThat(portfolios(OPTIONS)).isEqualTo(portfolios(OPTIONS));
		assertThat(portfolios(new GeneratorOptions(300, 43, OPTIONS.asOf(), 6)))
			.isNotEqualTo(portfolios(new GeneratorOptions(300, 42, OPTIONS.asOf(), 6)));
	}

	private static double share(Predicate<Map<String, Account>> who, String product) {
		List<Map<String, Account>> group = held.values().stream().filter(p -> !p.isEmpty()).filter(who).toList();
		return (double) group.stream().filter(p -> p.containsKey(product)).count() / group.size();
	}

	private static double shareOf(String attribute, Object value, String product) {
		List<String> people = attributes.entrySet()
			.stream()
			.filter(e -> value.equals(e.getValue().get(attribute)))
			.map(Map.Entry::getKey)
			.toList();
		return (double) people.stream().filter(p -> held.get(p).containsKey(product)).count() / people.size();
	}

	private static List<String> portfolios(GeneratorOptions options) {
		List<String> out = new ArrayList<>();
		new DemoBankGenerator(options).generate(new DemoBankSink() {

			@Override
			public void record(String personId, RecordInput record) {
				record.accounts().forEach(a -> out.add(personId + " " + a.productCode() + " " + a.openedAt()));
			}

			@Override
			public void event(EventInput event) {
			}

			@Override
			public void purpose(PurposeTruth truth) {
			}

		});
		return out;
	}

}
