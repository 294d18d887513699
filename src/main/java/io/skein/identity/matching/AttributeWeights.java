package io.skein.identity.matching;

import java.util.List;

/**
 * Fellegi-Sunter parameters of one attribute: for each level, m = P(level | same person) and
 * u = P(level | different people). A level's weight is log2(m / u): positive is evidence for a match.
 */
public record AttributeWeights(String attribute, List<String> levels, List<Double> m, List<Double> u) {

	public AttributeWeights {
		levels = List.copyOf(levels);
		m = List.copyOf(m);
		u = List.copyOf(u);
	}

	public double weight(int level) {
		return log2(this.m.get(level) / this.u.get(level));
	}

	/** The weight of an exact agreement on a value of relative frequency {@code termFrequency}. */
	public double termWeight(int level, double termFrequency) {
		return log2(this.m.get(level) / termFrequency);
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
