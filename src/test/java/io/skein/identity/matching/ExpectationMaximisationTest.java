package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** EM recovers known m probabilities and match rate from synthetic, unlabelled comparison vectors. */
class ExpectationMaximisationTest {

	private static final double[][] TRUE_M = { { 0.70, 0.05, 0.10, 0.05, 0.02, 0.03, 0.05 }, { 0.85, 0.10, 0.05 },
			{ 0.95, 0.05 } };

	private static final double[][] TRUE_U = { { 0.01, 0.01, 0.02, 0.01, 0.02, 0.03, 0.90 }, { 0.001, 0.009, 0.99 },
			{ 0.5, 0.5 } };

	private final Comparators comparators = new Comparators(
			List.of(new DateOfBirthComparator(), new NationalIdComparator(), new GenderComparator()));

	@Test
	void convergesOnTheGeneratingParameters() {
		SplittableRandom random = new SplittableRandom(7);
		List<int[]> vectors = new ArrayList<>();
		int pairs = 40_000;
		for (int i = 0; i < pairs; i++) {
			double[][] source = random.nextDouble() < 0.2 ? TRUE_M : TRUE_U;
			int[] vector = new int[source.length];
			for (int c = 0; c < source.length; c++) {
				vector[c] = draw(source[c], random);
			}
			vectors.add(vector);
		}
		MatchModel model = new ExpectationMaximisation(200, 1e-8).train(comparators, vectors, TRUE_U, pairs);

		assertThat(model.priorMatchProbability()).isCloseTo(0.2, within(0.01));
		for (int c = 0; c < TRUE_M.length; c++) {
			for (int l = 0; l < TRUE_M[c].length; l++) {
				assertThat(model.attribute(c).m().get(l)).as("m of comparator %d level %d", c, l)
					.isCloseTo(TRUE_M[c][l], within(0.02));
			}
		}
		assertThat(model.attribute(1).weight(0)).isGreaterThan(9);
		assertThat(model.attribute(0).weight(6)).isLessThan(-3);
	}

	private static int draw(double[] probabilities, SplittableRandom random) {
		double r = random.nextDouble();
		for (int l = 0; l < probabilities.length - 1; l++) {
			r -= probabilities[l];
			if (r < 0) {
				return l;
			}
		}
		return probabilities.length - 1;
	}

}
