package io.skein.identity.resolution;

import java.util.Map;

/**
 * What one real-time resolution transaction decided: the scope resolved (with the owners of the changed
 * records as that transaction left them, empty when no customer changed), or nothing done because the
 * first model is due (only the default model while the store holds enough records to train one) or the
 * scope grew past its limit; the caller then runs a full resolve.
 */
record RealtimeOutcome(ResolutionReport report, Map<String, String> owners, boolean trainingDue) {

	static RealtimeOutcome resolved(ResolutionReport report, Map<String, String> owners) {
		return new RealtimeOutcome(report, Map.copyOf(owners), false);
	}

	static RealtimeOutcome firstTrainingDue() {
		return new RealtimeOutcome(null, Map.of(), true);
	}

	static RealtimeOutcome scopeTooLarge() {
		return new RealtimeOutcome(null, Map.of(), false);
	}

	boolean isResolved() {
		return this.report != null;
	}

	/** True when customers may have changed. */
	boolean changedCustomers() {
		return this.report != null
				&& this.report.customersMerged() + this.report.customersSplit() + this.report.recordsMoved() > 0;
	}

}
