package io.skein.orchestration;

import java.time.Instant;
import java.util.Map;

/** One stored version of a journey: the definition as given (in the shape of JourneyInput), when and by whom. */
public record JourneyVersion(int version, Map<String, Object> definition, Instant definedAt, String definedBy) {
}
