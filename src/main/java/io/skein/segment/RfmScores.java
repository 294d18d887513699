package io.skein.segment;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * RFM quintile scores across a population. For each measure, higher is better (a later last transaction, more
 * transactions, more money); a customer's score is {@code 1 + floor(5 * below / n)} where {@code below} is how
 * many customers have a strictly lower value, so ties share a score and customers without transactions
 * share the lowest.
 */
final class RfmScores {

	private RfmScores() {
	}

	/** One customer's transactions in the window: last one (null when none), how many, total amount. */
	record Input(String customerId, Instant last, long frequency, double monetary) {
	}

	record Score(String customerId, int r, int f, int m) {
	}

	static Map<String, Score> score(List<Input> inputs) {
		double[] recency = sorted(inputs, RfmScores::recency);
		double[] frequency = sorted(inputs, i -> i.frequency());
		double[] monetary = sorted(inputs, Input::monetary);
		Map<String, Score> scores = new LinkedHashMap<>();
		for (Input input : inputs) {
			scores.put(input.customerId(), new Score(input.customerId(), quintile(recency, recency(input)),
					quintile(frequency, input.frequency()), quintile(monetary, input.monetary())));
		}
		return scores;
	}

	private static double recency(Input input) {
		return input.last() == null ? Double.NEGATIVE_INFINITY : input.last().getEpochSecond();
	}

	private static double[] sorted(List<Input> inputs, ToDoubleFunction<Input> measure) {
		double[] values = inputs.stream().mapToDouble(measure).toArray();
		Arrays.sort(values);
		return values;
	}

	private static int quintile(double[] sorted, double value) {
		int below = 0;
		int high = sorted.length;
		while (below < high) {
			int mid = (below + high) >>> 1;
			if (sorted[mid] < value) {
				below = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return 1 + (int) ((5L * below) / sorted.length);
	}

}
