package io.skein.consent;

import java.time.ZonedDateTime;

/** The current consent of a customer for one channel and purpose: GraphQL's {@code Consent}. */
public record ConsentView(ConsentChannel channel, ConsentPurpose purpose, ConsentState state, String source,
		ZonedDateTime at, String proof) {
}
