package io.skein.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code setConsent}, and {@code Customer.consents} for a whole page of customers in one round trip. */
@Controller
class ConsentController {

	private final ConsentService consents;

	private final Clock clock;

	ConsentController(ConsentService consents, Clock clock) {
		this.consents = consents;
		this.clock = clock;
	}

	@MutationMapping
	ConsentView setConsent(@Argument String customerId, @Argument ConsentChannel channel, @Argument ConsentPurpose purpose,
			@Argument boolean granted, @Argument String source, @Argument String proof, @Argument OffsetDateTime at) {
		return this.consents.set(new ConsentStatement(customerId, channel, purpose,
				granted ? ConsentState.GRANTED : ConsentState.WITHDRAWN, source, at == null ? this.clock.instant() : at.toInstant(),
				proof));
	}

	@BatchMapping(typeName = "Customer")
	List<List<ConsentView>> consents(List<CustomerView> customers) {
		Map<String, List<ConsentView>> byCustomer = this.consents
			.consentsOf(customers.stream().map(CustomerView::id).distinct().toList());
		return customers.stream().map(c -> byCustomer.getOrDefault(c.id(), List.of())).toList();
	}

}
