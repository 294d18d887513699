package io.skein.customer;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import io.skein.graphql.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The Query fields of the customer view. Each customer's children are resolved per page elsewhere;
 * what a request selects of them is loaded here in one query first ({@link CustomerPrefetch}).
 */
@Controller
class CustomerController {

	/** Where a connection's customers' own fields sit in its selection set. */
	private static final String NODE_FIELDS = "edges/node/*";

	private final CustomerDirectory directory;

	private final CustomerPrefetch prefetch;

	CustomerController(CustomerDirectory directory, CustomerPrefetch prefetch) {
		this.directory = directory;
		this.prefetch = prefetch;
	}

	@QueryMapping
	CustomerView customer(@Argument String id, DataFetchingEnvironment env) {
		CustomerPrefetch.Plan plan = this.prefetch.plan(ChildSelection.of(env), SelectedCoordinates.of(env));
		return plan == null ? this.directory.byId(id) : this.prefetch.byId(id, plan, env);
	}

	@QueryMapping
	CustomerView customerBySourceRecord(@Argument String source, @Argument String sourceId, DataFetchingEnvironment env) {
		return primed(this.directory.bySourceRecord(source, sourceId), env);
	}

	@QueryMapping
	Connection<CustomerView> searchCustomers(@Argument String text, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return primed(this.directory.search(text, first, after), env);
	}

	@QueryMapping
	Connection<CustomerView> customers(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return primed(this.directory.page(first, after), env);
	}

	private CustomerView primed(CustomerView customer, DataFetchingEnvironment env) {
		if (customer != null) {
			this.prefetch.prime(List.of(customer), ChildSelection.of(env), env);
		}
		return customer;
	}

	private Connection<CustomerView> primed(Connection<CustomerView> page, DataFetchingEnvironment env) {
		this.prefetch.prime(page.edges().stream().map(Connection.Edge::node).toList(),
				ChildSelection.of(env.getSelectionSet().getFields(NODE_FIELDS)), env);
		return page;
	}

}
