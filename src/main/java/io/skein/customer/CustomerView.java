package io.skein.customer;

import java.time.ZonedDateTime;

import org.neo4j.driver.types.MapAccessorWithDefaultValue;

/** A customer as the API shows it; its children are resolved per page of customers. */
public record CustomerView(String id, String kind, ZonedDateTime createdAt) {

	static CustomerView from(MapAccessorWithDefaultValue row) {
		return new CustomerView(row.get("id").asString(), Rows.string(row.get("kind")), Rows.dateTime(row.get("createdAt")));
	}

}
