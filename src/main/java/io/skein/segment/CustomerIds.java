package io.skein.segment;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Reads the id of the object the customer module returns for a {@code Customer} (a record with an
 * {@code id()} accessor, or a map), so {@code Customer.segments} does not depend on that module's types.
 */
final class CustomerIds {

	private CustomerIds() {
	}

	static String of(Object customer) {
		if (customer instanceof Map<?, ?> map) {
			return String.valueOf(map.get("id"));
		}
		try {
			Method id = customer.getClass().getMethod("id");
			id.setAccessible(true);
			return String.valueOf(id.invoke(customer));
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("A Customer parent needs an id() accessor: " + customer.getClass(), ex);
		}
	}

}
