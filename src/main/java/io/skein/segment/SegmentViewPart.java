package io.skein.segment;

import java.util.Map;
import java.util.Set;

import io.skein.customer.CustomerViewPart;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Customer.segments} as a part of the customer view (see {@link io.skein.customer.CustomerViews}). */
@Configuration(proxyBeanMethods = false)
class SegmentViewPart {

	static final String FIELD = "segments";

	@Bean
	CustomerViewPart segmentsPart() {
		return new CustomerViewPart(FIELD, "segment/customer-view", Map.of(FIELD,
				(customerId, column) -> column.asList(m -> new SegmentMembership(customerId,
						SegmentRepository.segment(m), SegmentRepository.instant(m.get("since"))))),
				new CustomerViewPart.Lean("segment/customer-view-lean", Set.of("Segment.rule")));
	}

}
