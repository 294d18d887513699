package io.skein.journey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Journey settings ({@code skein.journey.*}).
 *
 * @param definitions the drop-off and funnel definitions (a Spring resource location)
 * @param sweepCron when drop-offs are re-detected for silence ({@code -} turns it off)
 * @param batchSize customers per round trip
 */
@ConfigurationProperties("skein.journey")
public record JourneyProperties(String definitions, String sweepCron, int batchSize) {

	public JourneyProperties {
		definitions = definitions == null || definitions.isBlank() ? "classpath:purpose/journeys.json" : definitions;
		sweepCron = sweepCron == null || sweepCron.isBlank() ? "0 37 * * * *" : sweepCron;
		batchSize = batchSize <= 0 ? 200 : batchSize;
	}

}
