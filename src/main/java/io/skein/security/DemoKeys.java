package io.skein.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code skein.security.demo=true}): at start, revokes the previous run's demo keys,
 * creates one key per role named {@code demo-ROLE} and prints them, so the two-command demo needs no set-up.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "skein.security.demo", havingValue = "true")
class DemoKeys {

	private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);

	private final ApiKeys keys;

	private final SecurityProperties properties;

	DemoKeys(ApiKeys keys, SecurityProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createDemoKeys() {
		List<String> lines = new ArrayList<>();
		for (Role role : Role.values()) {
			this.keys.revokeNamed("demo-" + role.name());
			ApiKeys.NewKey key = this.keys.create("demo-" + role.name(), role);
			lines.add(String.format("  %-8s X-Api-Key: %s", role, key.secret()));
		}
		log.warn("""

				================================ DEMO MODE ================================
				 skein.security.demo=true: demo API keys (one per role), valid until next start:
				{}
				 Callers without a key are treated as {} (PII masked).
				 In GraphiQL (/graphiql) open 'Headers' and paste {"X-Api-Key": "<key>"}.
				 Never run demo mode in production: set SKEIN_SECURITY_DEMO=false or use the 'prod' profile.
				===========================================================================""",
				String.join(System.lineSeparator(), lines), this.properties.demoAnonymousRole());
	}

}
