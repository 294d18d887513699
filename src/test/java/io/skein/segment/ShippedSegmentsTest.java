package io.skein.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.skein.ingest.IngestResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped segments and RFM scores on a generated bank, against the same definitions computed in plain
 * Java over the fixture (not over the graph).
 */
class ShippedSegmentsTest extends SegmentTestSupport {

	static final Set<String> RFM_TYPES = Set.of("Card_transaction", "Bill_paid", "EMI_paid", "Salary_credited");

	@Autowired
	ShippedSegments shipped;

	@Autowired
	SegmentService segments;

	@Autowired
	SegmentMaintenance maintenance;

	@Test
	void shippedSegmentsMatchAnIndependentComputation() {
		FixtureBank bank = new FixtureBank(60, 20260601L, NOW);
		Map<String, FixtureBank.Customer> byCustomerId = new LinkedHashMap<>();
		List<IngestResult> stored = this.ingest.ingestRecords(bank.records(), "records");
		for (int i = 0; i < stored.size(); i++) {
			assertThat(stored.get(i).errors()).isEmpty();
			byCustomerId.put(stored.get(i).customerId(), bank.customers.get(i));
		}
		assertThat(byCustomerId).as("every fixture customer is distinct").hasSize(bank.customers.size());
		assertThat(this.ingest.track(bank.events(), "events")).allSatisfy(r -> assertThat(r.errors()).isEmpty());

		assertThat(this.shipped.ensure()).hasSize(12);
		this.maintenance.run();

		LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
		Map<String, Predicate<FixtureBank.Customer>> expected = new LinkedHashMap<>();
		expected.put("one-time-user", c -> c.accounts().stream().anyMatch(a -> open(a, today))
				&& c.accounts().stream().filter(a -> !a.openedAt().isBefore(today.minusYears(1))).count() <= 1);
		expected.put("viewed-insurance-page", c -> viewed(c, "Insurance"));
		expected.put("viewed-credit-card-page", c -> viewed(c, "CreditCard"));
		expected.put("viewed-loan-services-page", c -> viewed(c, "Loans"));
		expected.put("dormant", c -> c.events().stream().noneMatch(e -> !e.at().isBefore(NOW.minus(90, ChronoUnit.DAYS))));
		expected.put("ultra-hni", c -> portfolio(c, today) > 1_000_000);
		expected.put("hni", c -> portfolio(c, today) >= 250_000 && portfolio(c, today) <= 1_000_000);
		expected.put("affluent", c -> portfolio(c, today) >= 100_000 && portfolio(c, today) < 250_000);
		expected.put("mass-affluent", c -> portfolio(c, today) >= 50_000 && portfolio(c, today) < 100_000);
		expected.put("globetrotter", FixtureBank.Customer::globetrotter);
		Map<FixtureBank.Customer, int[]> rfm = rfm(bank.customers);
		expected.put("rfm-champions", c -> rfm.get(c)[0] >= 4 && rfm.get(c)[1] >= 4 && rfm.get(c)[2] >= 4);
		expected.put("rfm-at-risk", c -> rfm.get(c)[0] <= 2 && rfm.get(c)[1] >= 3);

		Map<String, Long> counts = this.segments.counts(List.copyOf(expected.keySet()));
		expected.forEach((segmentId, rule) -> {
			List<String> members = this.segments.members(segmentId, null, 500).stream().map(SegmentMember::customerId).toList();
			List<String> wanted = byCustomerId.entrySet().stream().filter(e -> rule.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
			assertThat(members).as(segmentId).isEqualTo(wanted);
			assertThat(counts.get(segmentId)).as(segmentId + " count").isEqualTo(wanted.size());
		});
		assertThat(expected.keySet()).allSatisfy(s -> assertThat(counts.get(s)).as("fixture exercises " + s).isPositive());
	}

	private static boolean open(FixtureBank.Account a, LocalDate today) {
		return a.closedAt() == null || a.closedAt().isAfter(today);
	}

	private static double portfolio(FixtureBank.Customer c, LocalDate today) {
		return c.accounts().stream().filter(a -> open(a, today)).mapToDouble(FixtureBank.Account::balance).sum();
	}

	private static boolean viewed(FixtureBank.Customer c, String category) {
		Instant from = NOW.atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
		return c.events().stream().anyMatch(e -> e.type().equals("Page_viewed") && category.equals(e.pageCategory())
				&& !e.at().isBefore(from));
	}

	/** Quintiles as documented: 1 + floor(5 * (customers strictly worse) / n), per measure. */
	private static Map<FixtureBank.Customer, int[]> rfm(List<FixtureBank.Customer> customers) {
		Instant from = NOW.minus(365, ChronoUnit.DAYS);
		Map<FixtureBank.Customer, double[]> measures = new LinkedHashMap<>();
		for (FixtureBank.Customer c : customers) {
			List<FixtureBank.Event> tx = c.events().stream()
				.filter(e -> RFM_TYPES.contains(e.type()) && !e.at().isBefore(from))
				.toList();
			double last = tx.stream().mapToDouble(e -> e.at().getEpochSecond()).max().orElse(Double.NEGATIVE_INFINITY);
			measures.put(c, new double[] { last, tx.size(), tx.stream().mapToDouble(FixtureBank.Event::amount).sum() });
		}
		Map<FixtureBank.Customer, int[]> scores = new LinkedHashMap<>();
		for (FixtureBank.Customer c : customers) {
			int[] s = new int[3];
			for (int m = 0; m < 3; m++) {
				int measure = m;
				double value = measures.get(c)[m];
				long worse = measures.values().stream().filter(v -> v[measure] < value).count();
				s[m] = 1 + (int) (5 * worse / customers.size());
			}
			scores.put(c, s);
		}
		return scores;
	}

}
