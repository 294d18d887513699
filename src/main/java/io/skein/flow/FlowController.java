package io.skein.flow;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The query of {@code flow.graphqls}. */
@Controller
class FlowController {

	private final FlowService flows;

	FlowController(FlowService flows) {
		this.flows = flows;
	}

	@QueryMapping
	NextStep nextJourneyStep(@Argument String customerId, @Argument DigitalJourney journey) {
		return this.flows.next(customerId, journey).orElse(null);
	}

}
