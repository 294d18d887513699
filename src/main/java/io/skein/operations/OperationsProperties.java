package io.skein.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operations settings ({@code skein.operations.*}).
 *
 * @param gaugeTtl how long a counted gauge value is served before the next read counts again
 */
@ConfigurationProperties("skein.operations")
public record OperationsProperties(Duration gaugeTtl) {

	public OperationsProperties {
		gaugeTtl = gaugeTtl == null || gaugeTtl.isNegative() ? Duration.ofSeconds(30) : gaugeTtl;
	}

}
