package io.skein.purpose;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The taxonomy maps each kind of evidence to the right purpose and stage; routine activity to none. */
class EvidenceClassifierTest {

	private final EvidenceClassifier classifier = new EvidenceClassifier(Taxonomy.standard());

	@Test
	void pagesByUrlBeforeCategory() {
		Evidence e = classify("Page_viewed", "Page URL", "https://bank.example/loans/home-loan/emi-calculator",
				"Page category", "Loans").orElseThrow();
		assertThat(e.type()).isEqualTo(PurposeType.HOME_LOAN);
		assertThat(e.stageHint()).isEqualTo(PurposeStage.AWARE);
		assertThat(e.reason()).isEqualTo("page /loans/home-loan/emi-calculator");
		assertThat(classify("Page_viewed", "Page URL", "https://bank.example/loans/personal-loan").orElseThrow().type())
			.isEqualTo(PurposeType.PERSONAL_LOAN);
		assertThat(classify("Page_viewed", "Page category", "CreditCard").orElseThrow().type())
			.isEqualTo(PurposeType.CREDIT_CARD);
		assertThat(classify("Page_viewed", "Page URL", "https://bank.example/cards/credit-cards/apply").orElseThrow()
			.stageHint()).isEqualTo(PurposeStage.APPLYING);
	}

	@Test
	void campaignsNotesAndProducts() {
		assertThat(classify("Social_share", "campaign", "home-loan-public-servants", "Page category", "Loans")
			.orElseThrow().type()).isEqualTo(PurposeType.HOME_LOAN);
		assertThat(classify("Email_opened", "campaign", "fd-rates-festive").orElseThrow().type())
			.isEqualTo(PurposeType.SAVINGS);
		Evidence note = classify("Branch_visit", "notes", "Asked about term insurance cover for the family")
			.orElseThrow();
		assertThat(note.type()).isEqualTo(PurposeType.INSURANCE);
		assertThat(note.stageHint()).isEqualTo(PurposeStage.CONSIDERING);
		assertThat(note.reason()).isEqualTo("notes mention \"insurance\"");
		Evidence quote = classify("Insurance_quote_requested", "product", "TERM_INSURANCE").orElseThrow();
		assertThat(quote.stageHint()).isEqualTo(PurposeStage.APPLYING);
		assertThat(classify("Investment_selection_started", "product", "FIXED_DEPOSIT").orElseThrow().type())
			.isEqualTo(PurposeType.SAVINGS);
		Evidence submitted = classify("Loan_application_submitted", "loanType", "personal").orElseThrow();
		assertThat(submitted.type()).isEqualTo(PurposeType.PERSONAL_LOAN);
		assertThat(submitted.stageHint()).isEqualTo(PurposeStage.CONVERTED);
	}

	@Test
	void routineActivityIsNoPurpose() {
		assertThat(classify("Salary_credited", "amount", 85000)).isEmpty();
		assertThat(classify("Email_opened", "campaign", "newsletter-2026-10")).isEmpty();
		assertThat(classify("Page_viewed", "Page URL", "https://bank.example/accounts/statement", "Page category",
				"Accounts")).isEmpty();
		assertThat(classify("Branch_visit", "notes", "Complained about a failed UPI transaction")).isEmpty();
		assertThat(classify("KYC_step", "step", "pan_verified")).as("contextual, attached by discovery").isEmpty();
	}

	private Optional<Evidence> classify(String type, Object... properties) {
		Map<String, Object> props = new java.util.HashMap<>();
		for (int i = 0; i < properties.length; i += 2) {
			props.put((String) properties[i], properties[i + 1]);
		}
		return this.classifier.classify(new Activity("e1", type, "WEB", Instant.parse("2026-11-02T10:00:00Z"),
				(String) props.get("Page category"), props));
	}

}
