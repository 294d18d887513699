package io.skein.purpose;

/**
 * How far along a purpose is. The forward stages are ordered; {@code DROPPED} is an application gone
 * silent past the drop threshold, {@code DORMANT} an interest with no activity past the dormancy one.
 */
public enum PurposeStage {

	AWARE, CONSIDERING, APPLYING, CONVERTED, DROPPED, DORMANT;

	/** True for stages a customer is still moving through. */
	public boolean isActive() {
		return this == AWARE || this == CONSIDERING || this == APPLYING;
	}

}
