package io.skein.offer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The products on offer, read once from {@code offers/products.json}. Their rules are checked when used
 * (they name attributes and segments that live in the graph); a test checks them against the shipped ones.
 */
@Component
public class OfferCatalogue {

	record File(List<Offer> products) {
	}

	private final Map<String, Offer> offers = new LinkedHashMap<>();

	OfferCatalogue() {
		try {
			String text = new ClassPathResource("offers/products.json").getContentAsString(StandardCharsets.UTF_8);
			JsonMapper.builder().build().readValue(text, File.class).products().forEach(o -> this.offers.put(o.code(), o));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read offers/products.json", ex);
		}
	}

	public Optional<Offer> get(String code) {
		return Optional.ofNullable(this.offers.get(code));
	}

	public List<Offer> all() {
		return List.copyOf(this.offers.values());
	}

}
