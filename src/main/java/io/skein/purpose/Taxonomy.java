package io.skein.purpose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The configurable map from evidence to purposes, read from JSON ({@code classpath:purpose/taxonomy.json}
 * by default): per purpose type the product codes, property values, URL patterns, campaigns, note
 * keywords and page categories that point at it; stage hints and weights per event type. Patterns are
 * compiled once, case-insensitively; a bad pattern fails at start-up.
 */
public record Taxonomy(Map<PurposeType, Rules> purposes, List<String> urlProperties, Set<String> ignoredEventTypes,
		Set<String> contextualEventTypes, int contextualWithinHours, Set<String> noteEventTypes,
		List<StageHint> stageHints, Map<String, Double> weights, double defaultWeight) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public Taxonomy {
		purposes = new EnumMap<>(purposes);
		urlProperties = List.copyOf(urlProperties);
		weights = Map.copyOf(weights);
	}

	/** What points at one purpose type. */
	public record Rules(List<String> products, Map<String, List<String>> properties, List<String> urlPatterns,
			List<String> campaigns, List<String> keywords, List<String> pageCategories,
			List<Pattern> compiledUrls, List<Pattern> compiledCampaigns, List<Pattern> compiledKeywords) {

		public Rules {
			products = products == null ? List.of() : List.copyOf(products);
			properties = properties == null ? Map.of() : Map.copyOf(properties);
			urlPatterns = urlPatterns == null ? List.of() : List.copyOf(urlPatterns);
			campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
			pageCategories = pageCategories == null ? List.of() : List.copyOf(pageCategories);
			compiledUrls = compile(urlPatterns);
			compiledCampaigns = compile(campaigns);
			compiledKeywords = compile(keywords);
		}

	}

	/** Evidence of these event types, or on pages matching these URL patterns, shows this stage. */
	public record StageHint(Set<String> eventTypes, List<String> urlPatterns, PurposeStage stage, String role,
			List<Pattern> compiledUrls) {

		public StageHint {
			eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
			urlPatterns = urlPatterns == null ? List.of() : List.copyOf(urlPatterns);
			compiledUrls = compile(urlPatterns);
		}

	}

	public double weightOf(String eventType) {
		return this.weights.getOrDefault(eventType, this.defaultWeight);
	}

	public Rules rules(PurposeType type) {
		return this.purposes.get(type);
	}

	/** The purpose type whose products include {@code productCode}, or null. */
	public PurposeType typeOfProduct(String productCode) {
		for (Map.Entry<PurposeType, Rules> e : this.purposes.entrySet()) {
			if (e.getValue().products().contains(productCode)) {
				return e.getKey();
			}
		}
		return null;
	}

	public static Taxonomy load(String location) {
		try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
			return JSON.readValue(in, Taxonomy.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the purpose taxonomy " + location, ex);
		}
	}

	public static Taxonomy standard() {
		return load("classpath:purpose/taxonomy.json");
	}

	private static List<Pattern> compile(List<String> patterns) {
		return patterns == null ? List.of()
				: patterns.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
	}

}
