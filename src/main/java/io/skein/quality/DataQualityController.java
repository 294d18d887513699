package io.skein.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code dataQuality}: one pass over the stored records and the survivorship tally, worst source first. */
@Controller
class DataQualityController {

	/** The stored record properties measured, in the order shown. */
	static final List<String> ATTRIBUTES = List.of("firstName", "lastName", "fullName", "dateOfBirth", "gender", "email",
			"phone", "addressLine1", "city", "postcode");

	private final Graph graph;

	private final NamedQuery report;

	private final Clock clock;

	private final SurvivorshipTally survivorship;

	DataQualityController(Graph graph, CypherQueries queries, Clock clock, SurvivorshipTally survivorship) {
		this.graph = graph;
		this.report = queries.get("quality/report");
		this.clock = clock;
		this.survivorship = survivorship;
	}

	record AttributeQuality(String attribute, double completeness, double validity, double uniqueness, int invalid) {
	}

	record SourceQuality(String source, int records, int duplicatesFound, ZonedDateTime lastReceivedAt, Integer staleDays,
			List<AttributeQuality> attributes, List<SurvivorshipWins> survivorship) {

		double score() {
			return this.attributes.stream().mapToDouble(a -> a.completeness() * a.validity()).average().orElse(1);
		}

	}

	record DataQualityReport(ZonedDateTime asOf, List<SourceQuality> sources) {
	}

	@QueryMapping
	DataQualityReport dataQuality() {
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		Map<String, List<SurvivorshipWins>> wins = this.survivorship.bySource();
		List<SourceQuality> sources = this.graph.query(this.report, Map.of("attributes", ATTRIBUTES), r -> {
			int total = r.get("total").asInt();
			ZonedDateTime last = r.get("lastReceivedAt").isNull() ? null : r.get("lastReceivedAt").asZonedDateTime();
			List<AttributeQuality> attributes = r.get("attributes").asList((Value a) -> {
				int present = a.get("present").asInt();
				int invalid = a.get("invalid").asInt();
				return new AttributeQuality(a.get("attribute").asString(), total == 0 ? 0 : (double) present / total,
						present == 0 ? 1 : 1 - (double) invalid / present, present == 0 ? 1 : (double) a.get("distinct").asInt() / present,
						invalid);
			});
			return new SourceQuality(r.get("source").asString(), total, r.get("duplicates").asInt(), last,
					last == null ? null : (int) Duration.between(last, now).toDays(), attributes,
					wins.getOrDefault(r.get("source").asString(), List.of()));
		});
		return new DataQualityReport(now, sources.stream().sorted(Comparator.comparingDouble(SourceQuality::score)).toList());
	}

}
