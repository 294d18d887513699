package io.skein.consent;

/** Why a customer is contacted: consent is given per purpose. */
public enum ConsentPurpose {

	MARKETING, SERVICE, REMINDERS

}
