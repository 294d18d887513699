package io.skein.segment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.segment.rule.ValueType;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Custom attribute definitions, stored in the graph as {@code (:AttributeDefinition {name, type})}. A
 * definition takes effect at once: values already ingested under {@code attributes} become usable in
 * rules. Defining a name again with the same type changes nothing; with another type it is refused.
 */
@Service
public class AttributeCatalogue {

	private static final String NAME = "[A-Za-z][A-Za-z0-9_ ]{0,63}";

	private final Graph graph;

	private final Clock clock;

	private final NamedQuery all;

	private final NamedQuery define;

	AttributeCatalogue(Graph graph, CypherQueries queries, Clock clock) {
		this.graph = graph;
		this.clock = clock;
		this.all = queries.get("segment/attributes");
		this.define = queries.get("segment/define-attribute");
	}

	public AttributeDefinition define(String name, ValueType type) {
		if (name == null || !name.matches(NAME)) {
			throw new InvalidInputException("name",
					"an attribute name starts with a letter and has up to 64 letters, digits, spaces or underscores");
		}
		AttributeDefinition stored = this.graph.write(tx -> tx.query(this.define, Map.of("name", name, "type",
				type.name(), "now", SegmentRepository.utc(this.clock.instant())), AttributeCatalogue::definition)).get(0);
		if (stored.type() != type) {
			throw new InvalidInputException("type", "attribute " + name + " is already defined as " + stored.type());
		}
		return stored;
	}

	public List<AttributeDefinition> all() {
		return this.graph.read(this::all);
	}

	List<AttributeDefinition> all(Graph.Tx tx) {
		return tx.query(this.all, Map.of(), AttributeCatalogue::definition);
	}

	/** Name to type, for checking rules. */
	public Map<String, ValueType> types() {
		return types(all());
	}

	/** As {@link #types()}, read in the caller's transaction. */
	Map<String, ValueType> types(Graph.Tx tx) {
		return types(all(tx));
	}

	private static Map<String, ValueType> types(List<AttributeDefinition> all) {
		Map<String, ValueType> types = new LinkedHashMap<>();
		all.forEach(d -> types.put(d.name(), d.type()));
		return types;
	}

	private static AttributeDefinition definition(Record r) {
		return new AttributeDefinition(r.get("name").asString(), ValueType.valueOf(r.get("type").asString()),
				SegmentRepository.instant(r.get("definedAt")));
	}

}
