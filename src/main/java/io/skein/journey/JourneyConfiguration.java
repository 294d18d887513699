package io.skein.journey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the journey definitions once; a malformed file stops the application at start-up. */
@Configuration(proxyBeanMethods = false)
class JourneyConfiguration {

	@Bean
	JourneyDefinitions journeyDefinitions(JourneyProperties properties) {
		return JourneyDefinitions.load(properties.definitions());
	}

}
