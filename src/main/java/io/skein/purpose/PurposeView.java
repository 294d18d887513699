package io.skein.purpose;

import java.time.ZonedDateTime;
import java.util.List;

import io.skein.customer.InteractionView;

/** A stored purpose as the API shows it; {@code silenceDays} is counted to now when read. */
public record PurposeView(String id, String customerId, PurposeType type, PurposeStage stage, double confidence,
		ZonedDateTime firstActivity, ZonedDateTime lastActivity, int silenceDays, List<EvidenceView> evidence) {

	/** One evidence edge: the interaction, the role it plays and the rule that matched it. */
	public record EvidenceView(String role, PurposeStage stage, double weight, String reason,
			InteractionView interaction) {
	}

}
