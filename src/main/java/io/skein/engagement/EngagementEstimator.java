package io.skein.engagement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Best channel and hour per customer from sends and opens, with a population prior (Beta-Binomial): the open
 * rate of an option (a channel, or a bucket of {@link #BUCKET_HOURS} hours of local time) is
 * {@code (opens + a * p) / (sends + a)}, {@code p} the population's open rate of that option and {@code a} the
 * prior's strength in sends. A customer with no history gets the population's best; one with many sends their
 * own. Pure Java: no graph, no clock.
 */
public final class EngagementEstimator {

	/** Hours of local time per bucket: 0–2, 3–5, … 21–23; a bucket is named by its first hour. */
	public static final int BUCKET_HOURS = 3;

	/** The channels a customer can be sent to, in the order ties are broken. */
	public static final List<String> CHANNELS = List.of("EMAIL", "SMS", "PUSH", "WHATSAPP");

	/** The prior's weight in sends, by default. */
	public static final double DEFAULT_STRENGTH = 4.0;

	/** One message sent: its channel, the local hour it went at (0–23), and whether it was opened (or clicked). */
	public record Observation(String channel, int hour, boolean opened) {
	}

	/** Sends and opens of one option. */
	public record Tally(int sends, int opens) {

		double rate() {
			return this.sends == 0 ? 0 : (double) this.opens / this.sends;
		}

	}

	/** The population's tallies per channel and per hour bucket, and overall. */
	public record Population(Map<String, Tally> channels, Map<Integer, Tally> buckets, Tally all) {

		double channelRate(String channel) {
			Tally t = this.channels.get(channel);
			return t == null || t.sends() == 0 ? this.all.rate() : t.rate();
		}

		double bucketRate(int bucket) {
			Tally t = this.buckets.get(bucket);
			return t == null || t.sends() == 0 ? this.all.rate() : t.rate();
		}

	}

	private final double strength;

	public EngagementEstimator() {
		this(DEFAULT_STRENGTH);
	}

	public EngagementEstimator(double strength) {
		if (!(strength > 0)) {
			throw new IllegalArgumentException("prior strength must be positive, was " + strength);
		}
		this.strength = strength;
	}

	/** The bucket (its first hour) an hour of day falls in. */
	public static int bucket(int hour) {
		return Math.floorMod(hour, 24) / BUCKET_HOURS * BUCKET_HOURS;
	}

	/** Sends and opens of many messages of one channel at one local hour (the graph's aggregate). */
	public record Cell(String channel, int hour, int sends, int opens) {
	}

	/** Tallies every customer's observations. */
	public Population population(Collection<Observation> all) {
		return populationOf(all.stream().map(o -> new Cell(o.channel(), o.hour(), 1, o.opened() ? 1 : 0)).toList());
	}

	/** Tallies aggregated sends and opens. */
	public Population populationOf(Collection<Cell> cells) {
		Map<String, Tally> channels = new LinkedHashMap<>();
		Map<Integer, Tally> buckets = new LinkedHashMap<>();
		Tally total = new Tally(0, 0);
		for (Cell c : cells) {
			Tally t = new Tally(c.sends(), c.opens());
			channels.merge(c.channel(), t, EngagementEstimator::sum);
			buckets.merge(bucket(c.hour()), t, EngagementEstimator::sum);
			total = sum(total, t);
		}
		return new Population(channels, buckets, total);
	}

	/**
	 * One customer's best channel among {@code channels} (ties: the order given) and best hour bucket, with
	 * their shrunk open rates; the explanation names counts and rates only.
	 */
	public Engagement estimate(List<Observation> mine, Population population, List<String> channels) {
		Map<String, Tally> byChannel = new LinkedHashMap<>();
		Map<Integer, Tally> byBucket = new LinkedHashMap<>();
		int opens = 0;
		for (Observation o : mine) {
			byChannel.merge(o.channel(), new Tally(1, o.opened() ? 1 : 0), EngagementEstimator::sum);
			byBucket.merge(bucket(o.hour()), new Tally(1, o.opened() ? 1 : 0), EngagementEstimator::sum);
			opens += o.opened() ? 1 : 0;
		}
		List<String> ranked = new java.util.ArrayList<>(channels);
		Map<String, Double> rates = new LinkedHashMap<>();
		channels.forEach(c -> rates.put(c, shrunk(byChannel.get(c), population.channelRate(c))));
		ranked.sort(java.util.Comparator.comparingDouble((String c) -> -rates.get(c))); // stable: ties keep the order given
		String bestChannel = ranked.isEmpty() ? null : ranked.get(0);
		double channelRate = bestChannel == null ? 0 : rates.get(bestChannel);
		int bestBucket = 0;
		double bucketRate = -1;
		for (int b = 0; b < 24; b += BUCKET_HOURS) {
			double rate = shrunk(byBucket.get(b), population.bucketRate(b));
			if (rate > bucketRate) {
				bestBucket = b;
				bucketRate = rate;
			}
		}
		Tally own = bestChannel == null ? null : byChannel.get(bestChannel);
		String explanation = mine.isEmpty()
				? String.format("No messages sent yet: the population's best, %s (%.0f%% opened) at %02d:00–%02d:00.",
						bestChannel, 100 * channelRate, bestBucket, bestBucket + BUCKET_HOURS)
				: String.format("%d of %d messages opened; %s estimated %.0f%% (own %d/%d, population %.0f%%, prior weight %.0f sends)"
						+ ", best time %02d:00–%02d:00 at %.0f%%.", opens, mine.size(), bestChannel, 100 * channelRate,
						own == null ? 0 : own.opens(), own == null ? 0 : own.sends(),
						100 * population.channelRate(bestChannel), this.strength, bestBucket, bestBucket + BUCKET_HOURS,
						100 * bucketRate);
		return new Engagement(bestChannel, bestBucket, mine.size(), opens, channelRate, bucketRate, List.copyOf(ranked),
				explanation);
	}

	/** {@link #estimate} over every channel the customer or population used, in a fixed order. */
	public Engagement estimate(List<Observation> mine, Population population) {
		Set<String> seen = new java.util.TreeSet<>(population.channels().keySet());
		mine.forEach(o -> seen.add(o.channel()));
		return estimate(mine, population, List.copyOf(seen));
	}

	private double shrunk(Tally own, double prior) {
		int sends = own == null ? 0 : own.sends();
		int opens = own == null ? 0 : own.opens();
		return (opens + this.strength * prior) / (sends + this.strength);
	}

	private static Tally sum(Tally a, Tally b) {
		return new Tally(a.sends() + b.sends(), a.opens() + b.opens());
	}

}
