package io.skein.engagement;

import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Customer.engagement}, for a page of customers in one query. */
@Controller
class EngagementController {

	private final EngagementService engagement;

	EngagementController(EngagementService engagement) {
		this.engagement = engagement;
	}

	@BatchMapping(typeName = "Customer")
	List<Engagement> engagement(List<CustomerView> customers) {
		Map<String, Engagement> byId = this.engagement.of(customers.stream().map(CustomerView::id).distinct().toList());
		return customers.stream().map(c -> byId.get(c.id())).toList();
	}

}
