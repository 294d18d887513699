package io.skein.nba;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.skein.purpose.PurposeStage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The weights of next-best-offer scoring, read from JSON ({@code classpath:purpose/offers.json}), and what
 * co-holding rates are conditioned on besides products and segments: the persona attributes whose values
 * count, and the ages where one age band ends and the next begins.
 */
public record OfferSettings(double smoothing, int minSupport, List<String> personaAttributes, List<Integer> ageBands,
		Map<PurposeStage, Double> stageWeights, double otherProductOfPurpose, int contextDays, double contextWeight,
		double contextHalfLifeDays, List<String> contextEventTypes, Map<String, List<String>> productKeywords,
		List<Moment> moments, Map<String, Map<String, Double>> channelFit) {

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public OfferSettings {
		channelFit = channelFit == null ? Map.of() : channelFit;
		productKeywords = productKeywords == null ? Map.of() : productKeywords;
		personaAttributes = personaAttributes == null ? List.of() : List.copyOf(personaAttributes);
		ageBands = ageBands == null ? List.of() : ageBands.stream().sorted().toList();
	}

	/** An event that makes some products timely for a while. */
	public record Moment(String eventType, int withinDays, Double minAmount, Map<String, Double> boosts, String text) {
	}

	public double channelFit(String channel, String productCode) {
		if (channel == null) {
			return 1.0;
		}
		return this.channelFit.getOrDefault(channel, Map.of()).getOrDefault(productCode, 1.0);
	}

	/** The product a note names specifically, e.g. "term insurance" names TERM_INSURANCE; null if none. */
	public String productNamedIn(String text, List<String> among) {
		if (text == null) {
			return null;
		}
		for (String code : among) {
			for (String p : this.productKeywords.getOrDefault(code, List.of())) {
				if (PATTERNS.computeIfAbsent(p, k -> Pattern.compile(k, Pattern.CASE_INSENSITIVE)).matcher(text).find()) {
					return code;
				}
			}
		}
		return null;
	}

	public static OfferSettings load(String location) {
		try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
			return JSON.readValue(in, OfferSettings.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the offer settings " + location, ex);
		}
	}

	public static OfferSettings standard() {
		return load("classpath:purpose/offers.json");
	}

}
