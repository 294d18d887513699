package io.skein.ingest;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Derived-state upkeep delivers to every {@code @EventListener} of {@link CustomersChanged}. */
@Configuration(proxyBeanMethods = false)
class UpkeepConfiguration {

	// Closed by IngestShutdown after ingestion has drained, not by bean destruction (the store may be gone by then).
	@Bean(destroyMethod = "")
	DerivedStateUpkeep derivedStateUpkeep(ApplicationEventPublisher publisher, UpkeepProperties settings,
			MeterRegistry meters) {
		return new DerivedStateUpkeep(publisher::publishEvent, settings, meters);
	}

}
