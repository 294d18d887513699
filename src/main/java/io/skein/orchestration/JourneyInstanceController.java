package io.skein.orchestration;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code journeyInstances}, {@code Customer.journeys} and the step log, a page of instances in one round trip. */
@Controller
class JourneyInstanceController {

	private final InstanceRepository instances;

	JourneyInstanceController(InstanceRepository instances) {
		this.instances = instances;
	}

	@QueryMapping
	Connection<JourneyInstance> journeyInstances(@Argument String journey, @Argument String customerId,
			@Argument String status, @Argument Integer first, @Argument String after) {
		int size = Cursors.pageSize(first, 50, "first");
		List<String> cursor = Cursors.decode(after, "journey-instance", 2, "after");
		List<JourneyInstance> rows = this.instances.page(journey, customerId, status,
				cursor == null ? null : ZonedDateTime.parse(cursor.get(0)), cursor == null ? null : cursor.get(1), size + 1);
		return Connection.of(rows, size,
				i -> Cursors.encode("journey-instance", JourneyInstance.utc(i.enteredAt()).toString(), i.id()), null);
	}

	@BatchMapping(typeName = "Customer")
	List<List<JourneyInstance>> journeys(List<CustomerView> customers) {
		Map<String, List<JourneyInstance>> byCustomer = this.instances
			.ofCustomers(customers.stream().map(CustomerView::id).distinct().toList());
		return customers.stream().map(c -> byCustomer.getOrDefault(c.id(), List.of())).toList();
	}

	@SchemaMapping(typeName = "JourneyInstance")
	String journey(JourneyInstance instance) {
		return instance.journeyKey();
	}

	@BatchMapping(typeName = "JourneyInstance")
	List<List<JourneyStepRun>> steps(List<JourneyInstance> page) {
		Map<String, List<JourneyStepRun>> byInstance = this.instances.runs(page.stream().map(JourneyInstance::id).distinct().toList());
		return page.stream().map(i -> byInstance.getOrDefault(i.id(), List.of())).toList();
	}

}
