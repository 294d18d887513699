package io.skein.identity.golden;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Survivorship settings ({@code skein.golden.*}).
 *
 * @param rules the rules applied to every attribute, in order (default SOURCE_PRIORITY, MOST_RECENT,
 * MOST_COMPLETE)
 * @param sourcePriority sources, most trusted first, for SOURCE_PRIORITY; they rank after every source an
 * admin declared ({@code declareSource}), and sources neither declared nor listed rank after them all
 * @param attributes per-attribute rule lists (by GraphQL field name, e.g. {@code email}, or a custom
 * attribute name) replacing {@code rules}
 * @param sourceRankTtl how long an instance serves declared source ranks from its cache (default 30 s): a
 * rank declared on another instance sharing the database takes effect here within this time; one declared
 * on this instance at once
 */
@ConfigurationProperties("skein.golden")
public record GoldenProperties(List<Survivorship.Rule> rules, List<String> sourcePriority,
		Map<String, List<Survivorship.Rule>> attributes, Duration sourceRankTtl) {

	static final Duration DEFAULT_SOURCE_RANK_TTL = Duration.ofSeconds(30);

	@ConstructorBinding
	public GoldenProperties {
		rules = rules == null || rules.isEmpty()
				? List.of(Survivorship.Rule.SOURCE_PRIORITY, Survivorship.Rule.MOST_RECENT, Survivorship.Rule.MOST_COMPLETE)
				: List.copyOf(rules);
		sourcePriority = sourcePriority == null ? List.of() : List.copyOf(sourcePriority);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
		sourceRankTtl = sourceRankTtl == null || sourceRankTtl.isNegative() ? DEFAULT_SOURCE_RANK_TTL : sourceRankTtl;
	}

	/** With the default rank cache time. */
	public GoldenProperties(List<Survivorship.Rule> rules, List<String> sourcePriority,
			Map<String, List<Survivorship.Rule>> attributes) {
		this(rules, sourcePriority, attributes, null);
	}

	public static GoldenProperties defaults() {
		return new GoldenProperties(null, null, null, null);
	}

}
