package io.skein.demo;

/**
 * How a person lives, which drives both the attributes sources hold about them and their routine events.
 *
 * @param monthlyIncome in INR, rounded to the thousand
 * @param wealthTier the portfolio tier their balances were drawn for
 * @param digital uses web and app banking (others mostly branch and phone)
 * @param dormant has no events at all in the window
 * @param life family, home and car: what their needs follow from
 */
record Profile(String occupation, int monthlyIncome, String riskProfile, boolean globetrotter, boolean salaried,
		WealthTier wealthTier, boolean digital, boolean appUser, boolean dormant, Life life) {

	boolean runsBusiness() {
		return this.occupation.equals("business_owner") || this.occupation.equals("self_employed");
	}

}
