package io.skein.security;

/**
 * What one schema field needs from the access policy, decided once when the schema is built: its rule
 * (role, mask), whether it is text masked by look below STEWARD, and its {@code Type.field}.
 */
record FieldDecision(FieldRule rule, boolean text, String coordinate) {

	/** Writes under a source: an API key bound to sources may write only those. */
	static final String WRITES_RECORDS = "Mutation.ingestRecords";

	/** Search: by name for everyone who may read customers, by contact or identity value from STEWARD. */
	static final String SEARCH = "Query.searchCustomers";

	/**
	 * Whether this caller gets the field's value as fetched: allowed, nothing masked, no check of
	 * arguments. The root fields that check their arguments per call are never passed through.
	 */
	boolean passesUnchanged(Caller caller) {
		boolean steward = caller.has(Role.STEWARD);
		if (this.rule == null) {
			return steward;
		}
		if (SEARCH.equals(this.coordinate) || WRITES_RECORDS.equals(this.coordinate) || this.rule.isDeny()
				|| (this.rule.required() != null && !caller.has(this.rule.required()))) {
			return false;
		}
		return (this.rule.mask() == null || caller.has(this.rule.unmaskedFrom())) && (!this.text || steward);
	}

}
