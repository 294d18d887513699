package io.skein.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a funnel from each customer's step hits. A customer reaches step k when, starting from some
 * hit of step one, hits of steps two..k follow in order (each strictly after the one before) within
 * {@code window} of that start; the start that reaches furthest counts, and its channel is the
 * customer's entry channel.
 */
public final class FunnelCounter {

	/** An interaction that matches step {@code step}. */
	public record Hit(int step, Instant at, String eventId, String channel) {
	}

	/** One customer's hits, in any order, and the segments they are in. */
	public record CustomerHits(String customerId, List<Hit> hits, List<String> segments) {
	}

	public static final String ALL = "all";

	public static final String NO_SEGMENT = "(none)";

	private FunnelCounter() {
	}

	public static FunnelResult count(List<FunnelStep> steps, Duration window, FunnelBreakdown breakdown,
			List<CustomerHits> customers) {
		int n = steps.size();
		int[] total = new int[n];
		Map<String, int[]> groups = new TreeMap<>();
		boolean anySegment = customers.stream().anyMatch(c -> !c.segments().isEmpty());
		for (CustomerHits c : customers) {
			Reach reach = reach(c.hits(), n, window);
			if (reach.steps() == 0) {
				continue;
			}
			add(total, reach.steps());
			for (String key : keys(c, reach, breakdown, anySegment)) {
				add(groups.computeIfAbsent(key, k -> new int[n]), reach.steps());
			}
		}
		List<FunnelResult.Group> grouped = new ArrayList<>();
		if (breakdown == FunnelBreakdown.SEGMENT && !anySegment) {
			grouped.add(group(ALL, steps, total));
		}
		else if (breakdown != null) {
			groups.forEach((key, counts) -> grouped.add(group(key, steps, counts)));
		}
		return new FunnelResult(window.toString(), steps, group(ALL, steps, total), grouped);
	}

	private record Reach(int steps, String channel) {
	}

	static Reach reach(List<Hit> hits, int n, Duration window) {
		List<Hit> ordered = new ArrayList<>(hits);
		ordered.sort(Comparator.comparing(Hit::at).thenComparing(Hit::eventId).thenComparingInt(Hit::step));
		Reach best = new Reach(0, null);
		for (int s = 0; s < ordered.size(); s++) {
			Hit start = ordered.get(s);
			if (start.step() != 0) {
				continue;
			}
			Instant deadline = start.at().plus(window);
			int reached = 1;
			Hit previous = start;
			for (int i = s + 1; i < ordered.size() && reached < n; i++) {
				Hit h = ordered.get(i);
				if (h.at().isAfter(deadline)) {
					break;
				}
				if (h.step() == reached && !h.eventId().equals(previous.eventId())) {
					reached++;
					previous = h;
				}
			}
			if (reached > best.steps()) {
				best = new Reach(reached, start.channel());
			}
		}
		return best;
	}

	private static List<String> keys(CustomerHits c, Reach reach, FunnelBreakdown breakdown, boolean anySegment) {
		if (breakdown == FunnelBreakdown.CHANNEL) {
			return List.of(reach.channel() == null ? "OTHER" : reach.channel());
		}
		if (breakdown == FunnelBreakdown.SEGMENT && anySegment) {
			return c.segments().isEmpty() ? List.of(NO_SEGMENT) : c.segments();
		}
		return List.of();
	}

	private static void add(int[] counts, int reached) {
		for (int k = 0; k < reached; k++) {
			counts[k]++;
		}
	}

	private static FunnelResult.Group group(String key, List<FunnelStep> steps, int[] counts) {
		List<FunnelResult.StepCount> out = new ArrayList<>();
		for (int k = 0; k < steps.size(); k++) {
			out.add(new FunnelResult.StepCount(k + 1, steps.get(k).label(), counts[k], ratio(counts[k], counts[0]),
					k == 0 ? ratio(counts[0], counts[0]) : ratio(counts[k], counts[k - 1])));
		}
		return new FunnelResult.Group(key, out);
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
	}

}
