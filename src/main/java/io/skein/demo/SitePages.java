package io.skein.demo;

import java.util.List;

/** The website's pages and the words staff write down, per purpose. */
final class SitePages {

	private SitePages() {
	}

	static List<String> paths(PurposeType type) {
		return switch (type) {
			case HOME_LOAN -> List.of("/loans/home-loan", "/loans/home-loan/interest-rates",
					"/loans/home-loan/emi-calculator", "/loans/home-loan/eligibility", "/loans/home-loan/balance-transfer");
			case PERSONAL_LOAN -> List.of("/loans/personal-loan", "/loans/personal-loan/emi-calculator",
					"/loans/personal-loan/eligibility", "/loans/personal-loan/pre-approved");
			case CREDIT_CARD -> List.of("/cards/credit-cards", "/cards/credit-cards/compare",
					"/cards/credit-cards/travel-rewards", "/cards/credit-cards/cashback");
			case INSURANCE -> List.of("/insurance/term-insurance", "/insurance/health-insurance",
					"/insurance/life-insurance", "/insurance/premium-calculator");
			case INVESTMENT -> List.of("/investments/mutual-funds", "/investments/sip-calculator",
					"/investments/mutual-funds/top-rated", "/investments/mutual-funds/elss");
			case SAVINGS -> List.of("/savings/fixed-deposits", "/savings/fd-rates", "/savings/recurring-deposits",
					"/savings/fd-calculator");
			case EVERYDAY_BANKING -> List.of("/accounts/current-account", "/accounts/salary-account",
					"/accounts/compare", "/accounts/upi");
		};
	}

	static String applyPath(PurposeType type) {
		return paths(type).get(0) + "/apply";
	}

	static List<String> notes(PurposeType type, String city) {
		return switch (type) {
			case HOME_LOAN -> List.of("Customer asked about home loan rates for a flat in " + city,
					"Enquired about home loan eligibility and documents needed",
					"Wants to transfer an existing home loan balance for a lower rate");
			case PERSONAL_LOAN -> List.of("Asked about a personal loan for a family wedding",
					"Enquired about the pre-approved personal loan offer", "Asked about a personal loan for medical bills");
			case CREDIT_CARD -> List.of("Asked about a credit card with travel rewards",
					"Enquired about a lifetime-free credit card", "Asked which credit card gives fuel cashback");
			case INSURANCE -> List.of("Asked about term insurance cover for the family",
					"Enquired about health insurance for elderly parents", "Wanted to compare life insurance plans");
			case INVESTMENT -> List.of("Asked about starting a SIP in equity mutual funds",
					"Enquired about ELSS funds for tax saving", "Wanted advice on mutual funds for a child's education");
			case SAVINGS -> List.of("Wanted to know FD rates for one year", "Asked about senior citizen FD rates",
					"Enquired about a recurring deposit for monthly savings");
			case EVERYDAY_BANKING -> List.of("Asked to open a current account for a small business",
					"Wanted to convert savings account to a salary account", "Asked about UPI limits and debit card");
		};
	}

	static final List<String> ROUTINE_NOTES = List.of("Updated mobile number on the account",
			"Requested a new cheque book", "Complained about a failed UPI transaction", "Asked for an account statement",
			"Collected a replacement debit card");

	static final List<String> ROUTINE_PATHS = List.of("/accounts/overview", "/accounts/statement",
			"/accounts/upi", "/offers", "/help/contact-us");

}
