package io.skein.purpose;

import java.time.Instant;
import java.util.List;

/**
 * A purpose as discovery found it for one customer: one strand per type, its stage, confidence (0..1,
 * from the amount and strength of evidence), first and last activity, days of silence since, the
 * evidence itself and, for a conversion seen in the ledger, the account that opened.
 */
public record DiscoveredPurpose(String id, String customerId, PurposeType type, PurposeStage stage, double confidence,
		Instant firstActivity, Instant lastActivity, int silenceDays, List<Evidence> evidence, Holding convertedBy) {

	public DiscoveredPurpose {
		evidence = List.copyOf(evidence);
	}

	public static String idOf(String customerId, PurposeType type) {
		return "p-" + customerId + "-" + type.name().toLowerCase(java.util.Locale.ROOT);
	}

}
