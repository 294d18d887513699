package io.skein.demo;

import java.util.List;

/**
 * What a person is trying to get done with the bank: each strand has the site section its pages sit
 * in, the campaign that speaks to it and the products a conversion may open.
 */
enum PurposeType {

	HOME_LOAN("home_loan", "Loans", "home-loan-public-servants", List.of(Products.HOME_LOAN)),
	PERSONAL_LOAN("personal_loan", "Loans", "personal-loan-instant", List.of(Products.PERSONAL_LOAN, Products.GOLD_LOAN)),
	CAR_LOAN("car_loan", "Loans", "car-loan-festive", List.of(Products.CAR_LOAN)),
	EDUCATION_LOAN("education_loan", "Loans", "education-loan-abroad", List.of(Products.EDUCATION_LOAN)),
	BUSINESS_LOAN("business_loan", "Loans", "business-loan-msme", List.of(Products.BUSINESS_LOAN)),
	CREDIT_CARD("credit_card", "CreditCard", "credit-card-promo", List.of(Products.CREDIT_CARD)),
	TRAVEL("travel", "Travel", "forex-card-travel", List.of(Products.FOREX_CARD, Products.TRAVEL_INSURANCE)),
	INSURANCE("insurance", "Insurance", "term-insurance-awareness", List.of(Products.TERM_INSURANCE,
			Products.LIFE_INSURANCE, Products.HEALTH_INSURANCE, Products.HOME_INSURANCE, Products.MOTOR_INSURANCE,
			Products.CHILD_PLAN)),
	INVESTMENT("investment", "Investments", "sip-starter", List.of(Products.MUTUAL_FUND, Products.DEMAT)),
	SAVINGS("savings", "Savings", "fd-rates-festive", List.of(Products.FIXED_DEPOSIT, Products.RECURRING_DEPOSIT,
			Products.PPF)),
	EVERYDAY_BANKING("everyday_banking", "Accounts", "salary-account-upgrade", List.of(Products.CURRENT));

	/** As written in {@code truth/purposes.csv}. */
	final String code;

	/** The {@code "Page category"} of its pages. */
	final String pageCategory;

	final String campaign;

	/** Products a conversion may open. */
	final List<String> products;

	PurposeType(String code, String pageCategory, String campaign, List<String> products) {
		this.code = code;
		this.pageCategory = pageCategory;
		this.campaign = campaign;
		this.products = products;
	}

	/** The purpose a product is pursued under. */
	static PurposeType of(String product) {
		for (PurposeType type : values()) {
			if (type.products.contains(product)) {
				return type;
			}
		}
		throw new IllegalArgumentException("no purpose opens " + product);
	}

}
