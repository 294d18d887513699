package io.skein.privacy;

import java.time.ZonedDateTime;

/** The PII-free trace of one erasure. */
public record Erasure(String id, ZonedDateTime at, String reason, String actor, String customerId, int recordCount,
		int interactionCount, int erasedIdentifierCount) {
}
