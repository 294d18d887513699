package io.skein.identity.golden;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Chooses one value per golden-profile attribute from the candidates a customer's source records offer.
 * The attribute's rules run in order, each keeping only its best candidates:
 * <ul>
 * <li>{@code SOURCE_PRIORITY}: candidates from the most trusted source. Sources an admin declared
 * ({@link SourceRanks}) rank first, by their rank (1 the most trusted; equal ranks by name); then the
 * sources listed only in {@code skein.golden.source-priority}, in list order; other sources are unranked
 * (the rule is skipped when no candidate's source is ranked);</li>
 * <li>{@code MOST_RECENT}: the latest observed;</li>
 * <li>{@code MOST_COMPLETE}: the longest value (most letters and digits).</li>
 * </ul>
 * The winner is reported with the rule that settled it: the last rule that ruled out a different value,
 * or, when every candidate agreed, the first rule that applied (e.g. {@code SOURCE_PRIORITY(core_banking)},
 * {@code MOST_RECENT}). Remaining ties go to the smallest (source, sourceId), so the choice never depends
 * on reading order.
 */
@Component
public class Survivorship {

	public enum Rule {

		SOURCE_PRIORITY, MOST_RECENT, MOST_COMPLETE

	}

	/** One value a record offers for an attribute. */
	public record Candidate<T>(T value, String source, String sourceId, Instant observedAt) {
	}

	/** The chosen candidate and the rule that chose it. */
	public record Choice<T>(Candidate<T> candidate, String rule) {
	}

	private final GoldenProperties properties;

	private final SourceRanks ranks;

	/** The declared ranks the priority below was built from, and that priority (rebuilt when they change). */
	private volatile Priority priority = new Priority(null, List.of());

	private record Priority(Map<String, Integer> declared, List<String> sources) {
	}

	/** Without declared sources: SOURCE_PRIORITY follows {@code skein.golden.source-priority} alone. */
	public Survivorship(GoldenProperties properties) {
		this(properties, SourceRanks.none());
	}

	@Autowired
	public Survivorship(GoldenProperties properties, SourceRanks ranks) {
		this.properties = properties;
		this.ranks = ranks;
	}

	/**
	 * Sources most trusted first: the declared ones by (rank, name), then those listed only in
	 * {@code skein.golden.source-priority}, in list order.
	 */
	List<String> sourcePriority() {
		Map<String, Integer> declared = this.ranks.declared();
		Priority current = this.priority;
		if (current.declared() != declared) {
			LinkedHashSet<String> sources = new LinkedHashSet<>();
			declared.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> sources.add(e.getKey()));
			sources.addAll(this.properties.sourcePriority());
			current = new Priority(declared, List.copyOf(sources));
			this.priority = current;
		}
		return current.sources();
	}

	public <T> Choice<T> choose(String attribute, List<Candidate<T>> offered) {
		List<Candidate<T>> candidates = new ArrayList<>(offered.stream().filter(c -> c.value() != null).toList());
		if (candidates.isEmpty()) {
			return null;
		}
		candidates.sort(Comparator.comparing((Candidate<T> c) -> c.source(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Candidate::sourceId, Comparator.nullsLast(Comparator.naturalOrder())));
		List<Rule> rules = this.properties.attributes().getOrDefault(attribute, this.properties.rules());
		List<String> priority = rules.contains(Rule.SOURCE_PRIORITY) ? sourcePriority() : List.of();
		String decidedBy = null;
		String firstApplied = null;
		for (Rule rule : rules) {
			if (distinctValues(candidates) == 1) {
				break;
			}
			List<Candidate<T>> kept = apply(rule, candidates, priority);
			if (kept == null) {
				continue;
			}
			String name = rule == Rule.SOURCE_PRIORITY ? "SOURCE_PRIORITY(" + kept.get(0).source() + ")" : rule.name();
			firstApplied = firstApplied == null ? name : firstApplied;
			if (distinctValues(kept) < distinctValues(candidates)) {
				decidedBy = name;
			}
			candidates = kept;
		}
		if (decidedBy == null) {
			decidedBy = firstApplied != null ? firstApplied : firstApplicable(rules, candidates, priority);
		}
		return new Choice<>(candidates.get(0), decidedBy);
	}

	/** The rule named when all candidates agree from the start: the first one that would have applied. */
	private static <T> String firstApplicable(List<Rule> rules, List<Candidate<T>> candidates, List<String> priority) {
		for (Rule rule : rules) {
			List<Candidate<T>> kept = apply(rule, candidates, priority);
			if (kept != null) {
				return rule == Rule.SOURCE_PRIORITY ? "SOURCE_PRIORITY(" + kept.get(0).source() + ")" : rule.name();
			}
		}
		return Rule.MOST_RECENT.name();
	}

	/** The candidates the rule keeps, or null when the rule does not apply to them. */
	private static <T> List<Candidate<T>> apply(Rule rule, List<Candidate<T>> candidates, List<String> priority) {
		return switch (rule) {
			case SOURCE_PRIORITY -> {
				long best = candidates.stream().mapToLong(c -> rank(priority, c.source())).min().orElse(Long.MAX_VALUE);
				yield best == Long.MAX_VALUE ? null : candidates.stream().filter(c -> rank(priority, c.source()) == best).toList();
			}
			case MOST_RECENT -> best(candidates, c -> c.observedAt() == null ? Long.MIN_VALUE : c.observedAt().toEpochMilli());
			case MOST_COMPLETE -> best(candidates, c -> String.valueOf(c.value()).replaceAll("[^\\p{L}\\p{N}]", "").length());
		};
	}

	private static long rank(List<String> priority, String source) {
		int index = priority.indexOf(source);
		return index < 0 ? Long.MAX_VALUE : index;
	}

	private static <T> List<Candidate<T>> best(List<Candidate<T>> candidates, ToLongFunction<Candidate<T>> score) {
		long max = candidates.stream().mapToLong(score).max().orElse(Long.MIN_VALUE);
		return candidates.stream().filter(c -> score.applyAsLong(c) == max).toList();
	}

	private static <T> long distinctValues(List<Candidate<T>> candidates) {
		return candidates.stream().map(Candidate::value).filter(Objects::nonNull).distinct().count();
	}

}
