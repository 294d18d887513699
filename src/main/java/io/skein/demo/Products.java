package io.skein.demo;

import java.util.List;

/**
 * The bank's product codes, exactly as core banking writes them: what an Indian retail bank and its
 * bancassurance partner sell. Deposits and investments carry positive balances, loans and cards what is
 * owed, policies and the forex card none.
 */
final class Products {

	static final String SAVINGS = "SAVINGS";

	static final String CURRENT = "CURRENT";

	static final String FIXED_DEPOSIT = "FIXED_DEPOSIT";

	static final String RECURRING_DEPOSIT = "RECURRING_DEPOSIT";

	static final String PPF = "PPF";

	static final String MUTUAL_FUND = "MUTUAL_FUND";

	static final String DEMAT = "DEMAT";

	static final String CREDIT_CARD = "CREDIT_CARD";

	static final String FOREX_CARD = "FOREX_CARD";

	static final String HOME_LOAN = "HOME_LOAN";

	static final String CAR_LOAN = "CAR_LOAN";

	static final String PERSONAL_LOAN = "PERSONAL_LOAN";

	static final String EDUCATION_LOAN = "EDUCATION_LOAN";

	static final String GOLD_LOAN = "GOLD_LOAN";

	static final String BUSINESS_LOAN = "BUSINESS_LOAN";

	static final String TERM_INSURANCE = "TERM_INSURANCE";

	static final String LIFE_INSURANCE = "LIFE_INSURANCE";

	static final String HEALTH_INSURANCE = "HEALTH_INSURANCE";

	static final String HOME_INSURANCE = "HOME_INSURANCE";

	static final String MOTOR_INSURANCE = "MOTOR_INSURANCE";

	static final String TRAVEL_INSURANCE = "TRAVEL_INSURANCE";

	static final String CHILD_PLAN = "CHILD_PLAN";

	/** Deposits and investments: their balances add up to the holder's wealth-tier total. */
	static final List<String> ASSETS = List.of(SAVINGS, CURRENT, FIXED_DEPOSIT, RECURRING_DEPOSIT, PPF, MUTUAL_FUND,
			DEMAT);

	static final List<String> LOANS = List.of(HOME_LOAN, CAR_LOAN, PERSONAL_LOAN, EDUCATION_LOAN, GOLD_LOAN,
			BUSINESS_LOAN);

	/** Everything, in the order a portfolio is drawn: what a product depends on comes before it. */
	static final List<String> ALL = List.of(SAVINGS, CURRENT, FIXED_DEPOSIT, RECURRING_DEPOSIT, PPF, MUTUAL_FUND,
			DEMAT, CREDIT_CARD, HOME_LOAN, CAR_LOAN, PERSONAL_LOAN, EDUCATION_LOAN, GOLD_LOAN, BUSINESS_LOAN,
			FOREX_CARD, TERM_INSURANCE, LIFE_INSURANCE, HEALTH_INSURANCE, HOME_INSURANCE, MOTOR_INSURANCE,
			TRAVEL_INSURANCE, CHILD_PLAN);

	private Products() {
	}

	static boolean isLoan(String code) {
		return LOANS.contains(code);
	}

}
