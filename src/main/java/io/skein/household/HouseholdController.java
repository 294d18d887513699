package io.skein.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code household(id)} and {@code Customer.household}, the latter for a whole page in one round trip (a customer in no household is left out: null). */
@Controller
class HouseholdController {

	private final Households households;

	HouseholdController(Households households) {
		this.households = households;
	}

	@QueryMapping
	HouseholdView household(@Argument String id) {
		return this.households.byId(id);
	}

	@BatchMapping(typeName = "Customer")
	Map<CustomerView, HouseholdView> household(List<CustomerView> customers) {
		List<HouseholdView> views = this.households.ofCustomers(customers.stream().map(CustomerView::id).toList());
		Map<CustomerView, HouseholdView> byCustomer = new HashMap<>();
		for (int i = 0; i < customers.size(); i++) {
			if (views.get(i) != null) {
				byCustomer.put(customers.get(i), views.get(i));
			}
		}
		return byCustomer;
	}

}
