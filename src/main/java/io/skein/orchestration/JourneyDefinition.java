package io.skein.orchestration;

import java.util.List;

/** A checked journey: a stable key, what starts it and its steps; the first step is where customers enter. */
public record JourneyDefinition(String key, String name, String description, Trigger trigger, List<Step> steps) {

	public Step entry() {
		return this.steps.get(0);
	}

}
