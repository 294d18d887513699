package io.skein.orchestration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.skein.graphql.InvalidInputException;
import io.skein.ingest.Json;
import io.skein.segment.ShippedSegments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The journeys shipped with Skein ({@code orchestration/*.json}, in file-name order), defined at start when
 * their key is absent, after the shipped segments and attributes they name: a journey already in the graph
 * (perhaps changed since) is left as it is.
 */
@Component
public class ShippedJourneys {

	static final String DEFINED_BY = "skein (shipped)";

	private static final Logger log = LoggerFactory.getLogger(ShippedJourneys.class);

	private final ShippedSegments segments;

	private final JourneyService journeys;

	ShippedJourneys(ShippedSegments segments, JourneyService journeys) {
		this.segments = segments;
		this.journeys = journeys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		this.segments.ensure();
		ensure();
	}

	/** Defines the shipped journeys that are missing; returns the keys defined. */
	public List<String> ensure() {
		List<String> defined = new ArrayList<>();
		for (Map<String, Object> definition : definitions()) {
			String key = (String) definition.get("key");
			if (this.journeys.get(key, null).isEmpty()) {
				try {
					this.journeys.define(definition, "", DEFINED_BY);
					defined.add(key);
				}
				catch (InvalidInputException ex) {
					log.warn("Shipped journey {} not defined: {}: {}", key, ex.field(), ex.getMessage());
				}
			}
		}
		if (!defined.isEmpty()) {
			log.info("Defined shipped journeys {}", defined);
		}
		return defined;
	}

	/** The shipped definitions as written. */
	public static List<Map<String, Object>> definitions() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:orchestration/*.json"))
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(ShippedJourneys::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> read(Resource resource) {
		try {
			return Json.parseObject(resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
