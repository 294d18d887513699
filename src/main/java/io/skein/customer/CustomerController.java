package io.skein.customer;

import io.skein.graphql.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The Query fields of the customer view; each customer's children are resolved per page elsewhere. */
@Controller
class CustomerController {

	private final CustomerDirectory directory;

	CustomerController(CustomerDirectory directory) {
		this.directory = directory;
	}

	@QueryMapping
	CustomerView customer(@Argument String id) {
		return this.directory.byId(id);
	}

	@QueryMapping
	CustomerView customerBySourceRecord(@Argument String source, @Argument String sourceId) {
		return this.directory.bySourceRecord(source, sourceId);
	}

	@QueryMapping
	Connection<CustomerView> searchCustomers(@Argument String text, @Argument Integer first, @Argument String after) {
		return this.directory.search(text, first, after);
	}

	@QueryMapping
	Connection<CustomerView> customers(@Argument Integer first, @Argument String after) {
		return this.directory.page(first, after);
	}

}
