package io.skein.flow;

import java.util.List;

import static io.skein.flow.FlowStep.always;
import static io.skein.flow.FlowStep.offer;
import static io.skein.flow.FlowStep.skippable;

/**
 * The digital applications {@code nextJourneyStep} guides, each an ordered list of steps. Loan and card
 * applications offer the first product of {@link #products} the customer is eligible for, quoted for
 * {@link #amount}.
 */
public enum DigitalJourney {

	KYC(List.of(skippable("IDENTITY_DOCUMENT", "Upload an identity document", Fact.KYC_DONE),
			skippable("ADDRESS_PROOF", "Upload a proof of address", Fact.ADDRESS_CONFIRMED),
			skippable("NATIONAL_ID", "Verify PAN / national id", Fact.KYC_DONE),
			skippable("VIDEO_KYC", "Video KYC call", Fact.KYC_DONE), always("DONE", "KYC complete")), List.of(), 0),

	LOAN_ORIGINATION(List.of(skippable("KYC", "Complete KYC", Fact.KYC_DONE),
			skippable("INCOME_VERIFICATION", "Verify income", Fact.INCOME_VERIFIED),
			skippable("ADDRESS_CONFIRMATION", "Confirm address", Fact.ADDRESS_CONFIRMED),
			offer("LOAN_OFFER", "Loan offer and eligibility"), always("E_SIGN", "Sign the loan agreement"),
			always("DISBURSAL", "Disbursal")), List.of("PERSONAL_LOAN", "HOME_LOAN", "CAR_LOAN", "GOLD_LOAN"), 500_000),

	CARD_APPLICATION(List.of(skippable("KYC", "Complete KYC", Fact.KYC_DONE),
			skippable("INCOME_VERIFICATION", "Verify income", Fact.INCOME_VERIFIED),
			skippable("ADDRESS_CONFIRMATION", "Confirm address", Fact.ADDRESS_CONFIRMED),
			offer("CARD_OFFER", "Card offer and eligibility"), always("E_SIGN", "Accept the card terms"),
			always("CARD_DISPATCH", "Card dispatch")), List.of("CREDIT_CARD"), 0);

	private final List<FlowStep> steps;

	private final List<String> products;

	private final double amount;

	DigitalJourney(List<FlowStep> steps, List<String> products, double amount) {
		this.steps = steps;
		this.products = products;
		this.amount = amount;
	}

	public List<FlowStep> steps() {
		return this.steps;
	}

	/** Product codes offered, in order of preference. */
	public List<String> products() {
		return this.products;
	}

	/** The amount quoted (loans); 0 for products not priced by amount. */
	public double amount() {
		return this.amount;
	}

}
