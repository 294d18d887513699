package io.skein.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.skein.ingest.EventInput;
import io.skein.ingest.EventInput.Identifiers;

/**
 * The one JSON mapper of generated files: fields in the contract's order, absent values and empty
 * collections left out, and an event with no identifiers written without an {@code identifiers} object.
 */
public final class DemoJson {

	static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(Include.NON_EMPTY))
		.addMixIn(EventInput.class, EventInputMixin.class)
		.build();

	private DemoJson() {
	}

	/** One record or event as a line of the generator's NDJSON (shared with the benchmark's bank files). */
	public static String line(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** Leaves {@code identifiers} out when it knows nothing. */
	abstract static class EventInputMixin {

		@JsonInclude(value = Include.CUSTOM, valueFilter = NoIdentifiers.class)
		abstract Identifiers identifiers();

	}

	/** Jackson's custom inclusion filter: {@code equals} answers "leave it out". */
	static final class NoIdentifiers {

		@Override
		public boolean equals(Object value) {
			return value instanceof Identifiers ids && ids.email() == null && ids.phone() == null
					&& ids.accountNumber() == null && ids.customerId() == null && ids.source() == null
					&& ids.sourceId() == null;
		}

		@Override
		public int hashCode() {
			return 0;
		}

	}

}
