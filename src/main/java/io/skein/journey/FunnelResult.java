package io.skein.journey;

import java.util.List;

/** A counted funnel: its steps, the totals and one group per breakdown key. */
public record FunnelResult(String window, List<FunnelStep> steps, Group total, List<Group> groups) {

	/** Customers reaching each step, in order, for one group. */
	public record Group(String key, List<StepCount> steps) {
	}

	/**
	 * @param conversionFromStart customers here over customers at step one (0 when nobody started)
	 * @param conversionFromPrevious customers here over customers at the step before
	 */
	public record StepCount(int index, String label, int customers, double conversionFromStart,
			double conversionFromPrevious) {
	}

}
