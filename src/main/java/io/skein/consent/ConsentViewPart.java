package io.skein.consent;

import java.util.Map;

import io.skein.customer.CustomerViewPart;
import org.neo4j.driver.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Customer.consents} as a part of the customer view (see {@link io.skein.customer.CustomerViews}). */
@Configuration(proxyBeanMethods = false)
class ConsentViewPart {

	static final String FIELD = "consents";

	@Bean
	CustomerViewPart consentsPart() {
		return new CustomerViewPart(FIELD, "consent/customer-view",
				Map.of(FIELD, (customerId, column) -> column.asList(ConsentViewPart::consent)));
	}

	private static ConsentView consent(Value k) {
		return new ConsentView(ConsentChannel.valueOf(k.get("channel").asString()),
				ConsentPurpose.valueOf(k.get("purpose").asString()), ConsentState.valueOf(k.get("state").asString()),
				k.get("source").asString(null), k.get("at").isNull() ? null : k.get("at").asZonedDateTime(),
				k.get("proof").asString(null));
	}

}
