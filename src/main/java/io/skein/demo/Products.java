package io.skein.demo;

import java.util.List;

/** The bank's product codes, exactly as core banking writes them. */
final class Products {

	static final String SAVINGS = "SAVINGS";

	static final String CURRENT = "CURRENT";

	static final String CREDIT_CARD = "CREDIT_CARD";

	static final String HOME_LOAN = "HOME_LOAN";

	static final String PERSONAL_LOAN = "PERSONAL_LOAN";

	static final String TERM_INSURANCE = "TERM_INSURANCE";

	static final String LIFE_INSURANCE = "LIFE_INSURANCE";

	static final String HEALTH_INSURANCE = "HEALTH_INSURANCE";

	static final String MUTUAL_FUND = "MUTUAL_FUND";

	static final String FIXED_DEPOSIT = "FIXED_DEPOSIT";

	static final List<String> ALL = List.of(SAVINGS, CURRENT, CREDIT_CARD, HOME_LOAN, PERSONAL_LOAN, TERM_INSURANCE,
			LIFE_INSURANCE, HEALTH_INSURANCE, MUTUAL_FUND, FIXED_DEPOSIT);

	static final List<String> INSURANCE = List.of(TERM_INSURANCE, LIFE_INSURANCE, HEALTH_INSURANCE);

	private Products() {
	}

}
