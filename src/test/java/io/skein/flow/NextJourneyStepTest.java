package io.skein.flow;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.security.Role;
import io.skein.segment.SegmentTestSupport;
import io.skein.segment.ShippedSegments;
import io.skein.support.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code nextJourneyStep}: what the graph shows is skipped with its evidence; prefills masked; persona price. */
class NextJourneyStepTest extends SegmentTestSupport {

	private static final Map<String, Object> ADDRESS = Map.of("line1", "12 MG Road", "city", "Pune", "postcode", "411001",
			"country", "India");

	@Autowired
	FlowService flows;

	@Autowired
	ShippedSegments shipped;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void shippedSegments() {
		this.shipped.ensure();
	}

	@Test
	void aKycCompletedEventSkipsKycAndNothingElse() {
		String customer = record("crm", "K1", Map.of("firstName", "Kiran", "lastName", "Rao", "email", "kiran@example.in",
				"dateOfBirth", "1988-02-01", "address", ADDRESS, "attributes", Map.of("income", 7000)));
		event("k1-kyc", "KYC_completed", "kiran@example.in", NOW.minus(Duration.ofDays(20)), Map.of("method", "video_kyc"));

		NextStep next = this.flows.next(customer, DigitalJourney.LOAN_ORIGINATION).orElseThrow();

		// income and address are known only from the CRM, not a trusted source: the customer still owes them
		assertThat(next.stepId()).isEqualTo("INCOME_VERIFICATION");
		assertThat(next.position()).isEqualTo(2);
		assertThat(next.skipped()).extracting(SkippedStep::stepId).containsExactly("KYC");
		Evidence evidence = next.skipped().get(0).evidence().get(0);
		assertThat(evidence.kind()).isEqualTo("EVENT");
		assertThat(evidence.detail()).isEqualTo("KYC_completed (method video_kyc)");
		assertThat(evidence.source()).isEqualToIgnoringCase("web");
		assertThat(evidence.at().toInstant()).isEqualTo(NOW.minus(Duration.ofDays(20)));
		assertThat(next.prefilled()).extracting(Prefill::field).contains("email", "address", "income");
		assertThat(next.prefilled()).filteredOn(p -> p.field().equals("income")).extracting(Prefill::source)
			.containsExactly("crm");
		assertThat(next.offer().productCode()).isEqualTo("PERSONAL_LOAN");
	}

	@Test
	void aCustomerTheBankKnowsNothingAboutStartsAtTheFirstStepAndAnIneligibleOneGetsNoOffer() {
		String customer = record("crm", "N1", Map.of("firstName", "Nila", "dateOfBirth", "1995-07-07",
				"attributes", Map.of("income", 1000, "kycVerified", false)));

		NextStep kyc = this.flows.next(customer, DigitalJourney.KYC).orElseThrow();
		assertThat(kyc.stepId()).isEqualTo("IDENTITY_DOCUMENT");
		assertThat(kyc.position()).isEqualTo(1);
		assertThat(kyc.totalSteps()).isEqualTo(5);
		assertThat(kyc.skipped()).isEmpty();
		assertThat(kyc.offer()).isNull();

		NextStep card = this.flows.next(customer, DigitalJourney.CARD_APPLICATION).orElseThrow();
		assertThat(card.stepId()).isEqualTo("KYC");
		assertThat(card.offer()).as("credit cards need an income of 2,000").isNull();

		assertThat(this.flows.next("c-nobody", DigitalJourney.KYC)).isEmpty();
	}

	@Test
	void whatCoreBankingKnowsSkipsToTheOfferWithThePersonaPrice() {
		String customer = record("core_banking", "G1", Map.of("firstName", "Gita", "lastName", "Shah",
				"email", "gita@example.in", "phone", "+91-9876543210", "dateOfBirth", "1985-05-05", "address", ADDRESS,
				"attributes", Map.of("kycVerified", true, "income", 7000, "IsGlobetrotter", true)));
		event("g1-salary", "Salary_credited", "gita@example.in", NOW.minus(Duration.ofDays(30)), Map.of("amount", 7000));

		NextStep loan = this.flows.next(customer, DigitalJourney.LOAN_ORIGINATION).orElseThrow();

		assertThat(loan.stepId()).isEqualTo("LOAN_OFFER");
		assertThat(loan.position()).isEqualTo(4);
		assertThat(loan.skipped()).extracting(SkippedStep::stepId)
			.containsExactly("KYC", "INCOME_VERIFICATION", "ADDRESS_CONFIRMATION");
		assertThat(loan.skipped().get(0).evidence()).extracting(Evidence::detail, Evidence::source, Evidence::sourceId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kycVerified = true", "core_banking", "G1"));
		assertThat(loan.skipped().get(1).evidence()).extracting(Evidence::kind).containsExactly("EVENT", "ATTRIBUTE");
		assertThat(loan.skipped().get(2).evidence()).extracting(Evidence::kind, Evidence::sourceId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PROFILE", "G1"));
		// a Globetrotter earning over 5,000 borrowing 500,000: the persona row of the shipped pricing
		assertThat(loan.offer().price().rate()).isEqualTo(5.3);
		assertThat(loan.offer().price().ruleId()).isEqualTo("personal-loan.globetrotter-high-income");

		NextStep kyc = this.flows.next(customer, DigitalJourney.KYC).orElseThrow();
		assertThat(kyc.stepId()).isEqualTo("DONE");
		assertThat(kyc.skipped()).extracting(SkippedStep::knownFact)
			.containsExactly(Fact.KYC_DONE, Fact.ADDRESS_CONFIRMED, Fact.KYC_DONE, Fact.KYC_DONE);

		NextStep card = this.flows.next(customer, DigitalJourney.CARD_APPLICATION).orElseThrow();
		assertThat(card.offer().productCode()).isEqualTo("CREDIT_CARD");
		assertThat(card.offer().price().ruleId()).isEqualTo("credit-card.globetrotter");
	}

	@Test
	void prefilledContactValuesAreMaskedBelowSteward() {
		String customer = record("core_banking", "M1", Map.of("firstName", "Mira", "lastName", "Iyer",
				"email", "mira@example.in", "phone", "+91-9876500001", "dateOfBirth", "1990-01-01", "address", ADDRESS,
				"attributes", Map.of("kycVerified", true)));
		String document = "query($c: ID!) { nextJourneyStep(customerId: $c, journey: KYC) { customerId stepId "
				+ "skipped { stepId knownFact evidence { kind source sourceId } } prefilled { field value source } } }";

		TestCaller.runAs(Role.VIEWER);
		Map<String, String> masked = values(document, customer);
		assertThat(masked).containsEntry("email", "m***@example.in").containsEntry("phone", "+91******0001")
			.containsEntry("dateOfBirth", "****-**-**").containsEntry("address", "***").containsEntry("fullName", "Mira Iyer");

		TestCaller.runAs(Role.STEWARD);
		assertThat(values(document, customer)).containsEntry("email", "mira@example.in").containsEntry("dateOfBirth",
				"1990-01-01");

		TestCaller.runAs();
		this.graphQl.document(document).variable("c", customer).execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
	}

	@SuppressWarnings("rawtypes")
	private Map<String, String> values(String document, String customer) {
		List<Map> prefilled = this.graphQl.document(document).variable("c", customer).execute()
			.path("nextJourneyStep.prefilled").entityList(Map.class).get();
		Map<String, String> byField = new java.util.HashMap<>();
		prefilled.forEach(p -> byField.put((String) p.get("field"), (String) p.get("value")));
		return byField;
	}

}
