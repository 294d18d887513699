package io.skein.demo;

import java.util.ArrayList;
import java.util.List;

/** The website's pages and the words staff write down, per product. */
final class SitePages {

	private SitePages() {
	}

	/** The pages about a product, its own first; {@code null} (a purpose with no product) means its purpose's first product. */
	static List<String> paths(PurposeType type, String product) {
		List<String> paths = new ArrayList<>(own(product == null ? type.products.get(0) : product));
		if (type == PurposeType.INSURANCE) {
			paths.add("/insurance/premium-calculator");
		}
		return paths;
	}

	static String applyPath(PurposeType type, String product) {
		return paths(type, product).get(0) + "/apply";
	}

	private static List<String> own(String product) {
		return switch (product) {
			case Products.HOME_LOAN -> List.of("/loans/home-loan", "/loans/home-loan/interest-rates",
					"/loans/home-loan/emi-calculator", "/loans/home-loan/eligibility", "/loans/home-loan/balance-transfer");
			case Products.PERSONAL_LOAN -> List.of("/loans/personal-loan", "/loans/personal-loan/emi-calculator",
					"/loans/personal-loan/eligibility", "/loans/personal-loan/pre-approved");
			case Products.GOLD_LOAN -> List.of("/loans/gold-loan", "/loans/gold-loan/rate-per-gram",
					"/loans/gold-loan/eligibility");
			case Products.CAR_LOAN -> List.of("/loans/car-loan", "/loans/car-loan/emi-calculator", "/loans/car-loan/new-car",
					"/loans/car-loan/used-car");
			case Products.EDUCATION_LOAN -> List.of("/loans/education-loan", "/loans/education-loan/study-abroad",
					"/loans/education-loan/eligibility", "/loans/education-loan/emi-calculator");
			case Products.BUSINESS_LOAN -> List.of("/loans/business-loan", "/loans/business-loan/msme",
					"/loans/business-loan/working-capital", "/loans/business-loan/eligibility");
			case Products.CREDIT_CARD -> List.of("/cards/credit-cards", "/cards/credit-cards/compare",
					"/cards/credit-cards/travel-rewards", "/cards/credit-cards/cashback");
			case Products.FOREX_CARD -> List.of("/travel/forex-card", "/travel/forex-card/rates", "/travel/forex-card/reload");
			case Products.TRAVEL_INSURANCE -> List.of("/travel/travel-insurance", "/travel/travel-insurance/schengen",
					"/travel/travel-insurance/annual-multi-trip");
			case Products.TERM_INSURANCE -> List.of("/insurance/term-insurance", "/insurance/term-insurance/calculator");
			case Products.LIFE_INSURANCE -> List.of("/insurance/life-insurance", "/insurance/life-insurance/ulip");
			case Products.HEALTH_INSURANCE -> List.of("/insurance/health-insurance",
					"/insurance/health-insurance/family-floater", "/insurance/health-insurance/senior-citizens");
			case Products.HOME_INSURANCE -> List.of("/insurance/home-insurance", "/insurance/home-insurance/contents");
			case Products.MOTOR_INSURANCE -> List.of("/insurance/motor-insurance", "/insurance/motor-insurance/renewal");
			case Products.CHILD_PLAN -> List.of("/insurance/child-plan", "/insurance/child-plan/education-planner");
			case Products.MUTUAL_FUND -> List.of("/investments/mutual-funds", "/investments/sip-calculator",
					"/investments/mutual-funds/top-rated", "/investments/mutual-funds/elss");
			case Products.DEMAT -> List.of("/investments/demat-account", "/investments/demat-account/charges",
					"/investments/stocks");
			case Products.FIXED_DEPOSIT -> List.of("/savings/fixed-deposits", "/savings/fd-rates", "/savings/fd-calculator");
			case Products.RECURRING_DEPOSIT -> List.of("/savings/recurring-deposits", "/savings/rd-calculator");
			case Products.PPF -> List.of("/savings/ppf", "/savings/ppf/calculator");
			default -> List.of("/accounts/current-account", "/accounts/salary-account", "/accounts/compare",
					"/accounts/upi");
		};
	}

	/** What staff write after a conversation about a product. */
	static List<String> notes(PurposeType type, String product, String city) {
		return switch (product == null ? type.products.get(0) : product) {
			case Products.HOME_LOAN -> List.of("Customer asked about home loan rates for a flat in " + city,
					"Enquired about home loan eligibility and documents needed",
					"Wants to transfer an existing home loan balance for a lower rate");
			case Products.PERSONAL_LOAN -> List.of("Asked about a personal loan for a family wedding",
					"Enquired about the pre-approved personal loan offer", "Asked about a personal loan for medical bills");
			case Products.GOLD_LOAN -> List.of("Asked about a gold loan against family jewellery",
					"Enquired about gold loan rates per gram");
			case Products.CAR_LOAN -> List.of("Asked about a car loan for a new SUV",
					"Enquired about car loan rates and on-road price funding", "Wants a car loan for a used car");
			case Products.EDUCATION_LOAN -> List.of("Asked about an education loan for a master's abroad",
					"Enquired about an education loan for engineering college fees",
					"Asked about the education loan moratorium period");
			case Products.BUSINESS_LOAN -> List.of("Asked about a business loan for new machinery",
					"Enquired about a working capital business loan for the shop", "Asked about MSME business loan rates");
			case Products.CREDIT_CARD -> List.of("Asked about a credit card with travel rewards",
					"Enquired about a lifetime-free credit card", "Asked which credit card gives fuel cashback");
			case Products.FOREX_CARD -> List.of("Asked about a forex card for a trip to Europe",
					"Wanted to load a forex card with dollars for a son's semester abroad");
			case Products.TRAVEL_INSURANCE -> List.of("Asked about travel insurance for a Schengen visa",
					"Enquired about annual multi-trip travel insurance");
			case Products.TERM_INSURANCE -> List.of("Asked about term insurance cover for the family",
					"Wanted a term plan with a cover of one crore");
			case Products.LIFE_INSURANCE -> List.of("Wanted to compare life insurance plans",
					"Asked about a ULIP life insurance plan");
			case Products.HEALTH_INSURANCE -> List.of("Enquired about health insurance for elderly parents",
					"Asked about a family floater health insurance");
			case Products.HOME_INSURANCE -> List.of("Asked about home insurance for the new flat",
					"Enquired about home insurance covering contents");
			case Products.MOTOR_INSURANCE -> List.of("Asked about motor insurance renewal for the car",
					"Wanted a quote for car insurance with zero depreciation");
			case Products.CHILD_PLAN -> List.of("Asked about a child plan for a daughter's education",
					"Enquired about child plan insurance for school fees");
			case Products.MUTUAL_FUND -> List.of("Asked about starting a SIP in equity mutual funds",
					"Enquired about ELSS funds for tax saving", "Wanted advice on mutual funds for a child's education");
			case Products.DEMAT -> List.of("Asked to open a demat account to buy shares",
					"Enquired about demat account charges");
			case Products.FIXED_DEPOSIT -> List.of("Wanted to know FD rates for one year", "Asked about senior citizen FD rates");
			case Products.RECURRING_DEPOSIT -> List.of("Enquired about a recurring deposit for monthly savings");
			case Products.PPF -> List.of("Asked about opening a PPF account for tax saving");
			default -> List.of("Asked to open a current account for a small business",
					"Wanted to convert savings account to a salary account", "Asked about UPI limits and debit card");
		};
	}

	static final List<String> ROUTINE_NOTES = List.of("Updated mobile number on the account",
			"Requested a new cheque book", "Complained about a failed UPI transaction", "Asked for an account statement",
			"Collected a replacement debit card");

	static final List<String> ROUTINE_PATHS = List.of("/accounts/overview", "/accounts/statement",
			"/accounts/upi", "/offers", "/help/contact-us");

}
