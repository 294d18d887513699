package io.skein.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.StitchingProperties;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

/**
 * Reads parts of the customer view for a batch of customers, every part asked for in one query: the
 * parts' blocks (constant Cypher files, never user text) joined under one {@code UNWIND $ids}, one query
 * text per set of parts, built once. A customer's child fields read one part each when loaded alone
 * ({@link #read}); {@link CustomerPrefetch} reads all the parts a request selects at once.
 */
@Component
public class CustomerViews {

	private static final Value EMPTY = Values.value(List.of());

	private final Graph graph;

	private final Map<String, CustomerViewPart> byColumn = new LinkedHashMap<>();

	private final Map<String, CustomerViewPart> byField = new HashMap<>();

	private final Map<String, NamedQuery> fragments = new HashMap<>();

	private final Map<String, String> columnOf = new HashMap<>();

	private final Map<TreeSet<String>, NamedQuery> assembled = new ConcurrentHashMap<>();

	private final Map<TreeSet<String>, NamedQuery> assembledById = new ConcurrentHashMap<>();

	/** How far the identifiers' block counts each one's holders: one past the most an unguarded identifier has. */
	private final int holdersLimit;

	private final NamedQuery template;

	private final NamedQuery byIdTemplate;

	CustomerViews(Graph graph, CypherQueries queries, List<CustomerViewPart> parts, StitchingProperties stitching) {
		this.graph = graph;
		this.holdersLimit = stitching.maxCustomersPerIdentifier() + 1;
		this.template = queries.get("customer/view");
		this.byIdTemplate = queries.get("customer/view-by-id");
		for (CustomerViewPart part : parts) {
			if (this.byColumn.put(part.column(), part) != null) {
				throw new IllegalStateException("Two customer view parts return the column " + part.column());
			}
			part.fields().keySet().forEach(field -> {
				if (this.byField.put(field, part) != null) {
					throw new IllegalStateException("Two customer view parts answer Customer." + field);
				}
			});
			this.fragments.put(part.fragment(), queries.get(part.fragment()));
			this.columnOf.put(part.fragment(), part.column());
			if (part.lean() != null) {
				this.fragments.put(part.lean().fragment(), queries.get(part.lean().fragment()));
				this.columnOf.put(part.lean().fragment(), part.column());
			}
		}
	}

	/** The part returning a column. */
	CustomerViewPart part(String column) {
		return this.byColumn.get(column);
	}

	/** The part answering a {@code Customer} field, or null when no part does. */
	CustomerViewPart partOf(String field) {
		return this.byField.get(field);
	}

	/**
	 * One field's value for each customer id; an id naming no customer (merged away since it was read)
	 * reads as an empty column.
	 */
	@SuppressWarnings("unchecked")
	public <T> Map<String, T> read(List<String> customerIds, String field) {
		CustomerViewPart part = this.byField.get(field);
		if (part == null) {
			throw new IllegalArgumentException("No customer view part answers Customer." + field);
		}
		CustomerViewPart.Reader reader = part.fields().get(field);
		Map<String, T> values = new HashMap<>();
		Map<String, Map<String, Value>> rows = columns(customerIds, List.of(part.column()), Set.of(), Map.of());
		for (String id : customerIds) {
			Map<String, Value> row = rows.get(id);
			// The part's reader makes the field's value type; callers name it.
			values.put(id, (T) reader.read(id, row == null ? EMPTY : row.get(part.column())));
		}
		return values;
	}

	/**
	 * For each customer id that names a customer, the columns asked for, those in {@code lean} read by their
	 * part's lighter block. {@code parameters} are the ones the parts' blocks read (e.g.
	 * {@code interactionsLimit}).
	 */
	Map<String, Map<String, Value>> columns(List<String> customerIds, Collection<String> columns, Set<String> lean,
			Map<String, Object> parameters) {
		NamedQuery query = this.assembled.computeIfAbsent(fragments(columns, lean), f -> assemble(this.template, f));
		Map<String, Map<String, Value>> out = new LinkedHashMap<>();
		this.graph.query(query, withIds(parameters, customerIds), r -> r)
			.forEach(r -> out.put(r.get("customerId").asString(), row(r, columns)));
		return out;
	}

	/** A customer found by id, with the columns of its view asked for. */
	record Found(CustomerView customer, Map<String, Value> columns) {
	}

	/**
	 * The customers these ids name (an absorbed id resolves to its active survivor, as
	 * {@link CustomerRepository#byIds}) with the columns asked for, found and read in one query; keyed by the
	 * id asked for, an unknown id has no entry.
	 */
	Map<String, Found> byIds(List<String> ids, Collection<String> columns, Set<String> lean,
			Map<String, Object> parameters) {
		NamedQuery query = this.assembledById.computeIfAbsent(fragments(columns, lean),
				f -> assemble(this.byIdTemplate, f));
		Map<String, Found> out = new LinkedHashMap<>();
		this.graph.query(query, withIds(parameters, ids), r -> r)
			.forEach(r -> out.put(r.get("requested").asString(), new Found(CustomerView.from(r), row(r, columns))));
		return out;
	}

	private Map<String, Object> withIds(Map<String, Object> parameters, List<String> ids) {
		Map<String, Object> params = new HashMap<>(parameters);
		params.put("ids", ids);
		params.put("holdersLimit", this.holdersLimit);
		return params;
	}

	private static Map<String, Value> row(org.neo4j.driver.Record record, Collection<String> columns) {
		Map<String, Value> row = new HashMap<>();
		columns.forEach(column -> row.put(column, record.get(column)));
		return row;
	}

	/** The blocks that read these columns, a column in {@code lean} by its part's lighter block if it has one. */
	private TreeSet<String> fragments(Collection<String> columns, Set<String> lean) {
		TreeSet<String> fragments = new TreeSet<>();
		for (String column : columns) {
			CustomerViewPart part = this.byColumn.get(column);
			if (part == null) {
				throw new IllegalArgumentException("No customer view part returns the column " + column);
			}
			fragments.add(lean.contains(column) && part.lean() != null ? part.lean().fragment() : part.fragment());
		}
		return fragments;
	}

	private NamedQuery assemble(NamedQuery template, TreeSet<String> fragments) {
		StringBuilder blocks = new StringBuilder();
		TreeSet<String> columns = new TreeSet<>();
		for (String fragment : fragments) {
			blocks.append(this.fragments.get(fragment).text()).append('\n');
			columns.add(this.columnOf.get(fragment));
		}
		String text = template.text()
			.replace("__PARTS__", blocks.toString().strip())
			.replace("__COLUMNS__", String.join(", ", columns));
		return new NamedQuery(template.name() + fragments, text);
	}

}
