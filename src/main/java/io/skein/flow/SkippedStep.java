package io.skein.flow;

import java.util.List;

/** A step the customer need not do, and the evidence that the bank already knows what it asks. */
public record SkippedStep(String stepId, String title, Fact knownFact, List<Evidence> evidence) {
}
