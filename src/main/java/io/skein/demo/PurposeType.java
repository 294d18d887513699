package io.skein.demo;

import java.util.List;

/**
 * What a person is trying to get done with the bank: each strand has the site section its pages sit
 * in, the campaign that speaks to it and the product a conversion opens.
 */
enum PurposeType {

	HOME_LOAN("home_loan", "Loans", "home-loan-public-servants", List.of(Products.HOME_LOAN)),
	PERSONAL_LOAN("personal_loan", "Loans", "personal-loan-instant", List.of(Products.PERSONAL_LOAN)),
	CREDIT_CARD("credit_card", "CreditCard", "credit-card-promo", List.of(Products.CREDIT_CARD)),
	INSURANCE("insurance", "Insurance", "term-insurance-awareness", Products.INSURANCE),
	INVESTMENT("investment", "Investments", "sip-starter", List.of(Products.MUTUAL_FUND)),
	SAVINGS("savings", "Savings", "fd-rates-festive", List.of(Products.FIXED_DEPOSIT)),
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

	/** Relative chance a person pursues it, in {@code values()} order. */
	static final int[] POPULARITY = { 12, 14, 20, 18, 14, 12, 10 };

}
