package io.skein.purpose;

import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Customer.purposes}, for a whole page of customers in one round trip. */
@Controller
class PurposeController {

	private final PurposeService purposes;

	PurposeController(PurposeService purposes) {
		this.purposes = purposes;
	}

	@BatchMapping(typeName = "Customer")
	List<List<PurposeView>> purposes(List<CustomerView> customers) {
		Map<String, List<PurposeView>> byCustomer = this.purposes
			.purposesOf(customers.stream().map(CustomerView::id).distinct().toList());
		return customers.stream().map(c -> byCustomer.getOrDefault(c.id(), List.of())).toList();
	}

}
