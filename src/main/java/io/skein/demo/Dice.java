package io.skein.demo;

import java.util.List;
import java.util.Random;

/**
 * Seeded randomness in the few shapes the generator needs; the only source of variation, so the same
 * seed always gives the same bank.
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	/** An independent stream for one part (a household, say), so parts do not shift each other. */
	static Dice forPart(long seed, long part) {
		return new Dice(mix(seed * 0x9E3779B97F4A7C15L + part));
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int between(int low, int highInclusive) {
		return low + this.random.nextInt(highInclusive - low + 1);
	}

	double between(double low, double high) {
		return low + this.random.nextDouble() * (high - low);
	}

	/** Log-uniform: as many values between 1k and 10k as between 10k and 100k. */
	double logBetween(double low, double high) {
		return Math.exp(between(Math.log(low), Math.log(high)));
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	@SafeVarargs
	final <T> T pick(T... items) {
		return items[this.random.nextInt(items.length)];
	}

	/** Index chosen with the given relative weights. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	String hex(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(Character.forDigit(this.random.nextInt(16), 16));
		}
		return out.toString();
	}

	Random random() {
		return this.random;
	}

	/** SplitMix64 finaliser: spreads nearby seeds far apart. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
