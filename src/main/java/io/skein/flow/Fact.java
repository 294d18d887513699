package io.skein.flow;

/** What the bank may already know about a customer that lets a digital journey skip a step. */
public enum Fact {

	/** KYC completed: a {@code KYC_completed} event, or {@code kycVerified = true} in the golden profile. */
	KYC_DONE,

	/** Income verified: salary credits in the last six months, or an income from a trusted source. */
	INCOME_VERIFIED,

	/** Address confirmed: the golden-profile address comes from a trusted source. */
	ADDRESS_CONFIRMED

}
