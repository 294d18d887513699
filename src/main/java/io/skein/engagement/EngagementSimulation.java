package io.skein.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated behaviour with planted preferences, for {@code evaluate-journeys}: each synthetic customer has a
 * preferred channel and hour bucket and opens with high probability only there. A learning phase sends at
 * random channels and hours; the {@link EngagementEstimator} learns each customer's best from it; a test
 * phase then sends on the learnt channel at the learnt hour and, to the same customers, on a fixed schedule
 * (EMAIL at 10:00), and compares open rates.
 */
public final class EngagementSimulation {

	public static final List<String> CHANNELS = EngagementEstimator.CHANNELS;

	/** The fixed schedule compared against. */
	public static final String FIXED_CHANNEL = "EMAIL";

	public static final int FIXED_HOUR = 10;

	/** Open probabilities: preferred channel and hour, preferred channel only, preferred hour only, neither. */
	static final double BOTH = 0.6;

	static final double CHANNEL_ONLY = 0.2;

	static final double HOUR_ONLY = 0.1;

	static final double NEITHER = 0.03;

	/** Sizes and seed of a run. */
	public record Settings(int customers, int learningSends, int testSends, long seed, double strength) {
	}

	/** Open rates of the test phase, and how often the planted channel and hour were recovered. */
	public record Result(int customers, int testSends, double learnt, double fixed, double channelRecovered,
			double hourRecovered) {

		public double lift() {
			return this.fixed == 0 ? Double.POSITIVE_INFINITY : this.learnt / this.fixed;
		}

	}

	private record Customer(String channel, int bucket) {

		double openProbability(String channel, int hour) {
			boolean c = this.channel.equals(channel);
			boolean h = this.bucket == EngagementEstimator.bucket(hour);
			return c && h ? BOTH : c ? CHANNEL_ONLY : h ? HOUR_ONLY : NEITHER;
		}

	}

	private EngagementSimulation() {
	}

	public static Result run(Settings settings) {
		SplittableRandom random = new SplittableRandom(settings.seed());
		EngagementEstimator estimator = new EngagementEstimator(settings.strength());
		List<Customer> customers = new ArrayList<>();
		List<List<EngagementEstimator.Observation>> history = new ArrayList<>();
		List<EngagementEstimator.Observation> all = new ArrayList<>();
		for (int i = 0; i < settings.customers(); i++) {
			Customer customer = new Customer(CHANNELS.get(random.nextInt(CHANNELS.size())),
					random.nextInt(24 / EngagementEstimator.BUCKET_HOURS) * EngagementEstimator.BUCKET_HOURS);
			customers.add(customer);
			List<EngagementEstimator.Observation> mine = new ArrayList<>();
			for (int s = 0; s < settings.learningSends(); s++) {
				String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
				int hour = random.nextInt(24);
				mine.add(new EngagementEstimator.Observation(channel, hour,
						random.nextDouble() < customer.openProbability(channel, hour)));
			}
			history.add(mine);
			all.addAll(mine);
		}
		EngagementEstimator.Population population = estimator.population(all);
		int learntOpens = 0;
		int fixedOpens = 0;
		int channels = 0;
		int hours = 0;
		for (int i = 0; i < customers.size(); i++) {
			Customer customer = customers.get(i);
			Engagement engagement = estimator.estimate(history.get(i), population, CHANNELS);
			channels += engagement.bestChannel().equals(customer.channel()) ? 1 : 0;
			hours += engagement.bestHour() == customer.bucket() ? 1 : 0;
			for (int s = 0; s < settings.testSends(); s++) {
				learntOpens += random.nextDouble() < customer.openProbability(engagement.bestChannel(), engagement.bestHour()) ? 1 : 0;
				fixedOpens += random.nextDouble() < customer.openProbability(FIXED_CHANNEL, FIXED_HOUR) ? 1 : 0;
			}
		}
		double sends = (double) customers.size() * settings.testSends();
		return new Result(customers.size(), settings.testSends(), learntOpens / sends, fixedOpens / sends,
				(double) channels / customers.size(), (double) hours / customers.size());
	}

}
