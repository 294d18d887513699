package io.skein.identity.matching;

/**
 * One line of an explanation: how one attribute compared and what that was worth.
 *
 * @param attribute the comparator's attribute, e.g. {@code familyName}
 * @param level the agreement level, e.g. {@code EXACT}, or {@code MISSING}
 * @param weight log2(m/u) of that level (0 when missing)
 * @param termFrequency the relative frequency of the shared value when the weight was term-frequency
 * adjusted, else null
 */
public record ComparisonWeight(String attribute, String level, double weight, Double termFrequency) {

	@Override
	public String toString() {
		String tf = this.termFrequency == null ? "" : String.format(" (value frequency %.5f)", this.termFrequency);
		return String.format("%-12s %-20s %+7.2f%s", this.attribute, this.level, this.weight, tf);
	}

}
