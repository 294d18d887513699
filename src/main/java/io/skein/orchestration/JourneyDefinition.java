package io.skein.orchestration;

import java.util.List;

import io.skein.consent.ConsentPurpose;

/**
 * A checked journey: a stable key, what starts it and its steps; the first step is where customers enter.
 *
 * @param holdoutShare the control share held out (0 to 0.5; 0: none), chosen by customer id: a held-out
 * customer runs the journey but is sent nothing
 * @param contactPurpose what the journey's messages are for, which consent and caps they need
 */
public record JourneyDefinition(String key, String name, String description, Trigger trigger, List<Step> steps,
		double holdoutShare, ConsentPurpose contactPurpose) {

	public Step entry() {
		return this.steps.get(0);
	}

	/** The step with this id, or null. */
	public Step step(String id) {
		return this.steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
	}

}
