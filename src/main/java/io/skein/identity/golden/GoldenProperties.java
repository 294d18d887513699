package io.skein.identity.golden;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Survivorship settings ({@code skein.golden.*}).
 *
 * @param rules the rules applied to every attribute, in order (default SOURCE_PRIORITY, MOST_RECENT,
 * MOST_COMPLETE)
 * @param sourcePriority sources, most trusted first, for SOURCE_PRIORITY; sources not listed rank after
 * every listed one
 * @param attributes per-attribute rule lists (by GraphQL field name, e.g. {@code email}, or a custom
 * attribute name) replacing {@code rules}
 */
@ConfigurationProperties("skein.golden")
public record GoldenProperties(List<Survivorship.Rule> rules, List<String> sourcePriority,
		Map<String, List<Survivorship.Rule>> attributes) {

	public GoldenProperties {
		rules = rules == null || rules.isEmpty()
				? List.of(Survivorship.Rule.SOURCE_PRIORITY, Survivorship.Rule.MOST_RECENT, Survivorship.Rule.MOST_COMPLETE)
				: List.copyOf(rules);
		sourcePriority = sourcePriority == null ? List.of() : List.copyOf(sourcePriority);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	public static GoldenProperties defaults() {
		return new GoldenProperties(null, null, null);
	}

}
