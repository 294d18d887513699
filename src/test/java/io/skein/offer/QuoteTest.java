package io.skein.offer;

import java.util.List;
import java.util.Map;

import io.skein.segment.SegmentTestSupport;
import io.skein.segment.ShippedSegments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped persona pricing, row by row, eligibility, and errors naming the argument. */
class QuoteTest extends SegmentTestSupport {

	@Autowired
	ShippedSegments shipped;

	@Autowired
	QuoteService quotes;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void shippedSegments() {
		this.shipped.ensure();
	}

	/** The table of the issue: Globetrotter persona, income and loan amount choose rate, commission and insurance. */
	@ParameterizedTest(name = "globetrotter={0} income={1} amount={2} -> {3}% / {4}% via {5}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"true  | 7000 | 20000    | 5.3  | 0   | personal-loan.globetrotter-high-income | LIFE_INSURANCE",
			"true  | 7000 | 10000.01 | 5.3  | 0   | personal-loan.globetrotter-high-income | LIFE_INSURANCE",
			"true  | 7000 | 10000    | 10.5 | 1.5 | personal-loan.base                     | -",
			"true  | 3000 | 7500     | 4.5  | 1.5 | personal-loan.globetrotter-low-income  | -",
			"true  | 3000 | 5000     | 4.5  | 1.5 | personal-loan.globetrotter-low-income  | -",
			"true  | 3000 | 10000    | 4.5  | 1.5 | personal-loan.globetrotter-low-income  | -",
			"true  | 3000 | 4999     | 10.5 | 1.5 | personal-loan.base                     | -",
			"true  | 3000 | 20000    | 10.5 | 1.5 | personal-loan.base                     | LIFE_INSURANCE",
			"true  | 5000 | 20000    | 10.5 | 1.5 | personal-loan.base                     | LIFE_INSURANCE",
			"false | 7000 | 20000    | 10.5 | 1.5 | personal-loan.base                     | -",
			"false | 3000 | 7500     | 10.5 | 1.5 | personal-loan.base                     | -" })
	void personalLoanPricingTable(boolean globetrotter, double income, double amount, double rate, double commission,
			String ruleId, String insurance) {
		String customer = record("crm", "P1", Map.of("firstName", "Priya", "dateOfBirth", "1990-03-15",
				"attributes", Map.of("IsGlobetrotter", globetrotter, "income", income)));

		Quote quote = this.quotes.quote(customer, "PERSONAL_LOAN", amount);

		assertThat(quote.eligible()).isTrue();
		assertThat(quote.price().rate()).isEqualTo(rate);
		assertThat(quote.price().commission()).isEqualTo(commission);
		assertThat(quote.price().ruleId()).isEqualTo(ruleId);
		assertThat(quote.insurances()).extracting(Quote.Insurance::productCode)
			.isEqualTo(insurance == null ? List.of() : List.of(insurance));
		assertThat(quote.explanations()).anyMatch(e -> e.endsWith("[" + ruleId + "]"));
	}

	@Test
	void aCustomerOutsideTheAvailabilityRuleIsNotEligibleAndGetsNoPrice() {
		String customer = record("crm", "O1", Map.of("firstName", "Old", "dateOfBirth", "1950-01-01",
				"attributes", Map.of("IsGlobetrotter", true, "income", 9000)));
		Quote quote = this.quotes.quote(customer, "PERSONAL_LOAN", 20000);
		assertThat(quote.eligible()).isFalse();
		assertThat(quote.price()).isNull();
		assertThat(quote.eligibility().ruleId()).isEqualTo("personal-loan.availability");
	}

	@Test
	void eligibleProductsFollowTheAvailabilityRules() {
		String low = record("crm", "E1", Map.of("firstName", "Lata", "dateOfBirth", "1990-01-01",
				"attributes", Map.of("riskProfile", "Low", "income", 7000)));
		String high = record("crm", "E2", Map.of("firstName", "Hari", "dateOfBirth", "1975-01-01",
				"attributes", Map.of("riskProfile", "high", "income", 1000)));
		String owner = record("crm", "E3", Map.of("firstName", "Farhan", "dateOfBirth", "1985-01-01",
				"attributes", Map.of("occupation", "business_owner", "income", 9000)));
		assertThat(this.quotes.eligibleProducts(low)).extracting(EligibleProduct::code)
			.containsExactlyInAnyOrder("PERSONAL_LOAN", "HOME_LOAN", "TERM_INSURANCE", "CREDIT_CARD", "CAR_LOAN",
					"EDUCATION_LOAN", "GOLD_LOAN", "HEALTH_INSURANCE", "CHILD_PLAN");
		assertThat(this.quotes.eligibleProducts(high)).extracting(EligibleProduct::code)
			.containsExactlyInAnyOrder("PERSONAL_LOAN", "EDUCATION_LOAN", "GOLD_LOAN", "HEALTH_INSURANCE", "CHILD_PLAN");
		assertThat(this.quotes.eligibleProducts(owner)).extracting(EligibleProduct::code)
			.contains("BUSINESS_LOAN")
			.doesNotContain("TERM_INSURANCE");
	}

	@Test
	void badArgumentsAreNamedInTheError() {
		String customer = record("crm", "X1", Map.of("firstName", "Xavier", "dateOfBirth", "1990-01-01"));
		String document = "query($c: ID!, $p: String!, $a: Float!) { quote(customerId: $c, productCode: $p, amount: $a) { eligible } }";
		assertField(document, Map.of("c", "c-nobody", "p", "PERSONAL_LOAN", "a", 100.0), "customerId", "NOT_FOUND");
		assertField(document, Map.of("c", customer, "p", "SPACESHIP", "a", 100.0), "productCode", "NOT_FOUND");
		assertField(document, Map.of("c", customer, "p", "PERSONAL_LOAN", "a", -1.0), "amount", "BAD_REQUEST");
		this.graphQl.document(document).variable("c", customer).variable("p", "PERSONAL_LOAN").variable("a", 100.0)
			.execute().path("quote.eligible").entity(Boolean.class).isEqualTo(true);
	}

	private void assertField(String document, Map<String, Object> variables, String field, String type) {
		GraphQlTester.Request<?> request = this.graphQl.document(document);
		variables.forEach(request::variable);
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("field", field);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo(type);
		});
	}

}
