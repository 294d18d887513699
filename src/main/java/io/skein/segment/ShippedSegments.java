package io.skein.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.skein.graphql.InvalidInputException;
import io.skein.ingest.Json;
import io.skein.segment.rule.ValueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example attributes ({@code segments/attributes.json}) and segments ({@code segments/examples/*.json},
 * in file-name order) shipped with Skein, created at start when absent: nothing already in the graph is
 * changed, so an edited or deleted example is not brought back under another shape.
 */
@Component
public class ShippedSegments {

	private static final Logger log = LoggerFactory.getLogger(ShippedSegments.class);

	private final AttributeCatalogue attributes;

	private final SegmentService segments;

	ShippedSegments(AttributeCatalogue attributes, SegmentService segments) {
		this.attributes = attributes;
		this.segments = segments;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		ensure();
	}

	/** Creates the shipped attributes and segments that are missing; returns the ids of segments created. */
	public List<String> ensure() {
		ensureAttributes();
		return ensureSegments();
	}

	/** Defines the shipped custom attributes (income, riskProfile, IsGlobetrotter...) that are missing. */
	@SuppressWarnings("unchecked")
	public void ensureAttributes() {
		for (Object item : (List<Object>) Json.parse(read(resources("classpath*:segments/attributes.json").get(0)))) {
			Map<String, Object> a = (Map<String, Object>) item;
			try {
				this.attributes.define((String) a.get("name"), ValueType.valueOf((String) a.get("type")));
			}
			catch (InvalidInputException ex) {
				log.warn("Shipped attribute {} not defined: {}", a.get("name"), ex.getMessage());
			}
		}
	}

	private List<String> ensureSegments() {
		List<String> created = new java.util.ArrayList<>();
		for (Resource resource : resources("classpath*:segments/examples/*.json")) {
			Map<String, Object> definition = Json.parseObject(read(resource));
			String id = (String) definition.get("id");
			if (this.segments.get(id).isEmpty()) {
				try {
					this.segments.create(id, definition, true);
					created.add(id);
				}
				catch (InvalidInputException ex) {
					log.warn("Shipped segment {} not created: {}: {}", id, ex.field(), ex.getMessage());
				}
			}
		}
		if (!created.isEmpty()) {
			log.info("Created shipped segments {}", created);
		}
		return created;
	}

	private static List<Resource> resources(String pattern) {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
