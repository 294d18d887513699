package io.skein.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many refused requests the audit log keeps ({@code skein.audit.refused.*}); the rest are only
 * counted, in {@code skein.audit.refused.suppressed}.
 *
 * @param perSourcePerMinute entries per remote address per clock minute
 * @param perMinute entries per clock minute from all addresses together
 */
@ConfigurationProperties("skein.audit.refused")
public record RefusedRequestProperties(int perSourcePerMinute, int perMinute) {

	public RefusedRequestProperties {
		perSourcePerMinute = perSourcePerMinute <= 0 ? 10 : perSourcePerMinute;
		perMinute = perMinute <= 0 ? 300 : perMinute;
	}

}
