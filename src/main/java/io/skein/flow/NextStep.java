package io.skein.flow;

import java.util.List;

/**
 * The answer to {@code nextJourneyStep}: the first step the customer still has to do ({@code position}
 * counts from 1 of {@code totalSteps}), the steps before it that were skipped and why, the values to
 * prefill, and (loan and card applications) the offer, null when no product is eligible.
 */
public record NextStep(String customerId, DigitalJourney journey, String stepId, String title, int position,
		int totalSteps, List<SkippedStep> skipped, List<Prefill> prefilled, FlowOffer offer) {
}
