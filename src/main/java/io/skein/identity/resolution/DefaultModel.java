package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.identity.matching.AttributeComparator;
import io.skein.identity.matching.AttributeWeights;
import io.skein.identity.matching.Comparators;
import io.skein.identity.matching.MatchModel;
import io.skein.identity.matching.TermFrequencies;

/**
 * The model used until there are enough records to train one (fewer than
 * {@code skein.resolution.min-training-records}). Per attribute, the best level has m = 0.85 and
 * u = 0.01 (+6.4), plain disagreement m = 0.02 and u = 0.95 (-5.6), the levels between share the rest
 * (about +1.7 each); gender agrees by chance half the time (+0.9 / -3.3); city agrees by chance 5% of the
 * time. The prior is 1 in 10,000. No term-frequency adjustment. So, with the default thresholds: two
 * records agreeing on name and date of birth link (+5.9); a name alone goes to review (-0.5); a name with a
 * different date of birth does not (-6.1).
 */
public final class DefaultModel {

	static final double PRIOR = 1e-4;

	private static final Map<String, double[]> TOP_LEVEL_U = Map.of("gender", new double[] { 0.5, 0.5 }, "locality",
			new double[] { 0.05, 0.9 });

	private DefaultModel() {
	}

	public static MatchModel of(Comparators comparators) {
		List<AttributeWeights> attributes = new ArrayList<>();
		for (AttributeComparator comparator : comparators.all()) {
			int levels = comparator.levels().size();
			List<Double> m = new ArrayList<>();
			List<Double> u = new ArrayList<>();
			double[] special = TOP_LEVEL_U.get(comparator.attribute());
			for (int l = 0; l < levels; l++) {
				if (l == 0) {
					m.add(special != null && comparator.attribute().equals("gender") ? 0.95 : 0.85);
					u.add(special != null ? special[0] : 0.01);
				}
				else if (l == levels - 1) {
					m.add(special != null && comparator.attribute().equals("gender") ? 0.05 : 0.02);
					u.add(special != null ? special[1] : 0.95);
				}
				else {
					m.add(0.13 / (levels - 2));
					u.add(0.04 / (levels - 2));
				}
			}
			attributes.add(new AttributeWeights(comparator.attribute(), comparator.levels(), m, u));
		}
		return new MatchModel(PRIOR, attributes);
	}

	public static TermFrequencies noTermFrequencies() {
		return new TermFrequencies(Map.of(), Map.of());
	}

}
