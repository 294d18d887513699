package io.skein.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.Graph;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Derived-state upkeep updates every {@link DerivedStatePart} of a slice in one transaction, then delivers the
 * slice to every {@code @EventListener} of {@link CustomersChanged}.
 */
@Configuration(proxyBeanMethods = false)
class UpkeepConfiguration {

	// Closed by IngestShutdown after ingestion has drained, not by bean destruction (the store may be gone by then).
	@Bean(destroyMethod = "")
	DerivedStateUpkeep derivedStateUpkeep(Graph graph, ObjectProvider<DerivedStatePart> parts,
			ApplicationEventPublisher publisher, UpkeepProperties settings, MeterRegistry meters) {
		return new DerivedStateUpkeep(
				new DerivedStateSlices(graph, () -> parts.orderedStream().toList(), publisher::publishEvent), settings,
				meters);
	}

}
