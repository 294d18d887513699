package io.skein.graph;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.ListValue;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;

/**
 * Values crossing between the embedded store's Java API and the driver's types, so rows read in this process
 * are the rows Bolt would have given: embedded results become driver {@link Value}s (nodes, relationships and
 * paths as the driver builds them), and parameters lose the driver types the embedded API cannot take.
 */
final class EmbeddedValues {

	private EmbeddedValues() {
	}

	/** One value of an embedded result (read while its transaction is open) as the driver would have given it. */
	static Value toDriver(Object value) {
		if (value == null) {
			return Values.NULL;
		}
		if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof Double) {
			return Values.value(value);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>(Math.max(4, map.size() * 2));
			map.forEach((k, v) -> values.put((String) k, toDriver(v)));
			return new MapValue(values);
		}
		if (value instanceof List<?> list) {
			List<Value> values = new ArrayList<>(list.size());
			list.forEach(v -> values.add(toDriver(v)));
			return new ListValue(values);
		}
		if (value instanceof Node node) {
			return node(node).asValue();
		}
		if (value instanceof Relationship relationship) {
			return relationship(relationship).asValue();
		}
		if (value instanceof Path path) {
			List<Entity> entities = new ArrayList<>();
			path.forEach(e -> entities.add(e instanceof Node n ? node(n) : relationship((Relationship) e)));
			return new InternalPath(entities).asValue();
		}
		if (value instanceof Point point) {
			double[] c = point.getCoordinate().getCoordinate();
			int srid = point.getCRS().getCode();
			return c.length == 3 ? Values.point(srid, c[0], c[1], c[2]) : Values.point(srid, c[0], c[1]);
		}
		if (value instanceof DurationValue duration) {
			return Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
		}
		return Values.value(value); // other numbers, temporal values, arrays
	}

	private static InternalNode node(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
	}

	private static InternalRelationship relationship(Relationship r) {
		return new InternalRelationship(r.getId(), r.getElementId(), r.getStartNode().getId(),
				r.getStartNode().getElementId(), r.getEndNode().getId(), r.getEndNode().getElementId(), r.getType().name(),
				properties(r.getAllProperties()));
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> values = new LinkedHashMap<>(Math.max(4, properties.size() * 2));
		properties.forEach((k, v) -> values.put(k, toDriver(v)));
		return values;
	}

	/**
	 * Parameters as the embedded API takes them: driver values as plain Java, other collections as lists, maps and
	 * lists copied only where something inside them changed.
	 */
	static Object toEmbedded(Object value) {
		if (value instanceof Value driverValue) {
			return driverValue.asObject();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = null;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				Object converted = toEmbedded(e.getValue());
				if (converted != e.getValue() && copy == null) {
					copy = new LinkedHashMap<>(map);
				}
				if (copy != null) {
					copy.put(e.getKey(), converted);
				}
			}
			return copy != null ? copy : map;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = null;
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				Object converted = toEmbedded(item);
				if (converted != item && copy == null) {
					copy = new ArrayList<>(list);
				}
				if (copy != null) {
					copy.set(i, converted);
				}
			}
			return copy != null ? copy : list;
		}
		if (value instanceof Collection<?> collection) {
			List<Object> copy = new ArrayList<>(collection.size());
			collection.forEach(v -> copy.add(toEmbedded(v)));
			return copy;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> parameters(Map<String, ?> params) {
		return params == null ? Map.of() : (Map<String, Object>) toEmbedded(params);
	}

}
