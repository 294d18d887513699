package io.skein.purpose;

/** What a customer is trying to get done; the keys of the taxonomy. */
public enum PurposeType {

	HOME_LOAN, PERSONAL_LOAN, CREDIT_CARD, INSURANCE, INVESTMENT, SAVINGS, EVERYDAY_BANKING

}
