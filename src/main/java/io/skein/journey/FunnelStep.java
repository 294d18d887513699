package io.skein.journey;

/** One step of a funnel: an event type, optionally only where property {@code property} equals {@code value}. */
public record FunnelStep(String eventType, String property, String value, String label) {

	public FunnelStep {
		if (label == null || label.isBlank()) {
			label = property == null ? eventType : eventType + " " + property + "=" + value;
		}
	}

}
