package io.skein.purpose;

/**
 * What a customer is trying to get done; the keys of the taxonomy. Where two could claim the same words
 * ("travel insurance"), the one declared first wins.
 */
public enum PurposeType {

	HOME_LOAN, PERSONAL_LOAN, CAR_LOAN, EDUCATION_LOAN, BUSINESS_LOAN, CREDIT_CARD, TRAVEL, INSURANCE, INVESTMENT, SAVINGS,
	EVERYDAY_BANKING

}
