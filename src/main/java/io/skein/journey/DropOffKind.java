package io.skein.journey;

/** The journeys a customer can abandon half-way. */
public enum DropOffKind {

	LOAN_APPLICATION, INSURANCE_QUOTE, INVESTMENT_SELECTION, KYC

}
