package io.skein.flow;

/**
 * One step of a digital journey.
 *
 * @param knownWhen the fact that makes the step unnecessary; null when the customer must always do it
 * @param offer whether the step presents the eligible product and its price
 */
public record FlowStep(String id, String title, Fact knownWhen, boolean offer) {

	static FlowStep skippable(String id, String title, Fact knownWhen) {
		return new FlowStep(id, title, knownWhen, false);
	}

	static FlowStep always(String id, String title) {
		return new FlowStep(id, title, null, false);
	}

	static FlowStep offer(String id, String title) {
		return new FlowStep(id, title, null, true);
	}

}
