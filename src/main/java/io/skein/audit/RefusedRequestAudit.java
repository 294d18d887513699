package io.skein.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.skein.security.RequestRefused;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits requests refused before GraphQL (bad or revoked API key, bad bearer token, no credentials, a
 * role the endpoint does not allow) as {@code AUTHENTICATION_FAILED} (401) or {@code ACCESS_DENIED} (403)
 * entries with outcome {@code DENIED}, within {@link RefusedRequestProperties}' allowance: a flood of bad
 * requests costs one counter increment each beyond it, never unbounded entries.
 */
@Component
class RefusedRequestAudit {

	static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";

	static final String ACCESS_DENIED = "ACCESS_DENIED";

	/** Distinct sources remembered per minute. */
	private static final int MAX_SOURCES = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditLog log;

	private final Clock clock;

	private final RefusalLimiter limiter;

	private final Counter suppressed;

	RefusedRequestAudit(AuditLog log, Clock clock, RefusedRequestProperties properties, MeterRegistry meters) {
		this.log = log;
		this.clock = clock;
		this.limiter = new RefusalLimiter(properties.perSourcePerMinute(), properties.perMinute(), MAX_SOURCES);
		this.suppressed = Counter.builder("skein.audit.refused.suppressed")
			.description("Refused requests over the audit allowance: counted here, not stored")
			.register(meters);
	}

	@EventListener
	void on(RequestRefused refused) {
		if (!this.limiter.admit(refused.remoteAddress(), this.clock.instant())) {
			this.suppressed.increment();
			return;
		}
		Map<String, Object> arguments = new TreeMap<>();
		arguments.put("path", refused.path());
		arguments.put("reason", refused.reason());
		arguments.put("status", refused.status());
		this.log.record(List.of(new AuditLog.Call(refused.principal(), "NONE", refused.method(),
				refused.status() == 403 ? ACCESS_DENIED : AUTHENTICATION_FAILED, JSON.writeValueAsString(arguments),
				"DENIED", 1, refused.remoteAddress(), null)));
	}

}
