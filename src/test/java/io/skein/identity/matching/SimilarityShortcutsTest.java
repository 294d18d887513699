package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts real-time resolution's scoring takes must decide exactly what the full measures decide:
 * {@link Similarity#withinOneEdit} against Damerau-Levenshtein, and the street similarity with its early
 * exit against the full two-way Monge-Elkan, on many random near and far strings.
 */
class SimilarityShortcutsTest {

	private final Random random = new Random(20261206);

	@Test
	void withinOneEditAgreesWithTheEditDistance() {
		int near = 0;
		for (int i = 0; i < 200_000; i++) {
			String a = word(1 + this.random.nextInt(8));
			String b = mutate(a);
			boolean expected = Similarity.edits(a, b) <= 1;
			assertThat(Similarity.withinOneEdit(a, b)).as("%s / %s", a, b).isEqualTo(expected);
			near += expected ? 1 : 0;
		}
		// both outcomes were exercised many times
		assertThat(near).isBetween(20_000, 190_000);
		assertThat(Similarity.withinOneEdit("19850317", "19860318")).isFalse();
		assertThat(Similarity.withinOneEdit("19850317", "19850371")).isTrue();
		assertThat(Similarity.withinOneEdit("", "a")).isTrue();
	}

	@Test
	void theStreetLevelWithItsEarlyExitIsTheFullMeasuresLevel() {
		int different = 0;
		for (int i = 0; i < 50_000; i++) {
			List<String> a = street();
			List<String> b = this.random.nextBoolean() ? street() : mutateStreet(a);
			double full = (directed(a, b) + directed(b, a)) / 2;
			double fast = Similarity.tokens(a, b, StreetComparator.SIMILAR);
			assertThat(level(fast)).as("%s / %s", a, b).isEqualTo(level(full));
			if (full >= StreetComparator.SIMILAR) {
				assertThat(fast).isEqualTo(full);
			}
			different += level(full) == 0 ? 1 : 0;
		}
		assertThat(different).isBetween(5_000, 45_000);
	}

	private static int level(double similarity) {
		return similarity >= StreetComparator.VERY_SIMILAR ? 2 : similarity >= StreetComparator.SIMILAR ? 1 : 0;
	}

	/** The measure as it was before the shortcuts: every token against every token. */
	private static double directed(List<String> from, List<String> to) {
		double sum = 0;
		for (String token : from) {
			double best = 0;
			for (String other : to) {
				best = Math.max(best, Similarity.jaroWinkler(token, other));
			}
			sum += best;
		}
		return sum / from.size();
	}

	private String word(int length) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + this.random.nextInt(4)));
		}
		return word.toString();
	}

	private String mutate(String a) {
		StringBuilder b = new StringBuilder(a);
		int edits = this.random.nextInt(3);
		for (int e = 0; e < edits; e++) {
			int at = b.isEmpty() ? 0 : this.random.nextInt(b.length());
			switch (this.random.nextInt(4)) {
				case 0 -> b.insert(at, (char) ('a' + this.random.nextInt(4)));
				case 1 -> {
					if (!b.isEmpty()) {
						b.deleteCharAt(at);
					}
				}
				case 2 -> {
					if (!b.isEmpty()) {
						b.setCharAt(at, (char) ('a' + this.random.nextInt(4)));
					}
				}
				default -> {
					if (at + 1 < b.length()) {
						char c = b.charAt(at);
						b.setCharAt(at, b.charAt(at + 1));
						b.setCharAt(at + 1, c);
					}
				}
			}
		}
		return b.toString();
	}

	private static final List<String> TOKENS = List.of("12", "14b", "flat", "road", "rd", "main", "nagar", "mg", "lake",
			"view", "street", "st", "cross", "5th", "lane", "temple", "park", "sector", "9", "residency");

	private List<String> street() {
		List<String> street = new ArrayList<>();
		int n = 1 + this.random.nextInt(6);
		for (int i = 0; i < n; i++) {
			street.add(TOKENS.get(this.random.nextInt(TOKENS.size())));
		}
		return street;
	}

	private List<String> mutateStreet(List<String> a) {
		List<String> b = new ArrayList<>(a);
		if (this.random.nextBoolean() && b.size() > 1) {
			b.remove(this.random.nextInt(b.size()));
		}
		if (this.random.nextBoolean()) {
			int at = this.random.nextInt(b.size());
			b.set(at, mutate(b.get(at)));
		}
		return b;
	}

}
