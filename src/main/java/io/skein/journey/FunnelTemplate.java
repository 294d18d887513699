package io.skein.journey;

/** The standard funnels defined in the journey definitions. */
public enum FunnelTemplate {

	ACCOUNT_OPENING, LOAN_APPLICATION, POLICY_PURCHASE, KYC, INVESTMENT

}
