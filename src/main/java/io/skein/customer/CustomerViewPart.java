package io.skein.customer;

import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;

/**
 * One part of the customer view: a {@code CALL (c) { ... RETURN ... AS <column> }} block kept as a named
 * query, and the {@code Customer} fields answered from its column. Every part of a request runs in one
 * query ({@link CustomerViews}), so a customer-360 costs one round trip however many parts it asks for.
 *
 * @param column the column the block returns for each customer (a list, or a value)
 * @param fragment the named query holding the block; it reads {@code c}, the customer
 * @param fields each answered {@code Customer} field (whose batch loader is {@code Customer.<field>}) and how
 * its value is read from the column
 * @param lean a lighter block for requests that select none of what it leaves out, or null
 */
public record CustomerViewPart(String column, String fragment, Map<String, Reader> fields, Lean lean) {

	public CustomerViewPart(String column, String fragment, Map<String, Reader> fields) {
		this(column, fragment, fields, null);
	}

	/** The value of one field for one customer, read from the part's column. */
	@FunctionalInterface
	public interface Reader {

		Object read(String customerId, Value column);

	}

	/**
	 * The same column read without some of its values (e.g. each segment's rule), for requests that do not
	 * select them; the readers must accept the column without them.
	 *
	 * @param fragment the named query holding the lighter block
	 * @param unlessSelected the schema fields ({@code Type.field}) whose values the lighter block leaves out
	 */
	public record Lean(String fragment, Set<String> unlessSelected) {
	}

}
