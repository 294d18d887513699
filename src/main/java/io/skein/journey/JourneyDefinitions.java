package io.skein.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;

/** The drop-off rules and funnel templates, read from JSON. */
public record JourneyDefinitions(List<DropOffRule> dropOffs, List<Template> funnels) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public JourneyDefinitions {
		dropOffs = List.copyOf(dropOffs);
		funnels = List.copyOf(funnels);
	}

	/** A standard funnel. */
	public record Template(FunnelTemplate template, List<FunnelStep> steps) {
	}

	public List<FunnelStep> template(FunnelTemplate template) {
		return this.funnels.stream().filter(f -> f.template() == template).findFirst().map(Template::steps)
			.orElseThrow(() -> new IllegalStateException("No funnel template " + template));
	}

	/** Every event type a drop-off rule looks at. */
	public Set<String> dropOffEventTypes() {
		return this.dropOffs.stream()
			.flatMap(r -> Stream.of(r.start(), r.steps(), r.complete()).flatMap(List::stream))
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	public static JourneyDefinitions load(String location) {
		try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
			return JSON.readValue(in, JourneyDefinitions.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the journey definitions " + location, ex);
		}
	}

	public static JourneyDefinitions standard() {
		return load("classpath:purpose/journeys.json");
	}

}
