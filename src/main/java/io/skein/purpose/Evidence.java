package io.skein.purpose;

/**
 * An interaction read as evidence of a purpose: the stage it hints at, how strong it is, its role
 * (PAGE_VIEW, CAMPAIGN, CONVERSATION, APPLICATION, CONVERSION...) and the taxonomy rule that matched.
 */
public record Evidence(Activity activity, PurposeType type, PurposeStage stageHint, double weight, String role,
		String reason) {
}
