package io.skein.demo;

/** The bank's source systems that send customer records; web and app hold self-service sign-ups. */
enum Source {

	CORE_BANKING("core_banking"), CRM("crm"), WEB("web"), APP("app"), BRANCH("branch"), CALL_CENTRE("call_centre");

	/** The {@code source} value records carry. */
	final String code;

	Source(String code) {
		this.code = code;
	}

	/** Sources that hold account numbers. */
	boolean knowsAccounts() {
		return this == CORE_BANKING || this == CRM || this == BRANCH;
	}

	/** Sources that record the customer's PAN (KYC happens there). */
	boolean knowsPan() {
		return this == CORE_BANKING || this == BRANCH || this == CRM;
	}

}
