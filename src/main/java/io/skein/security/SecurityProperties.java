package io.skein.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code skein.security.*}.
 *
 * @param demo demo mode: one key per role is created at start and printed, and callers without
 * credentials get {@link #demoAnonymousRole}. Defaults to {@code skein.demo.seed-on-empty}, so it is on
 * for {@code ./mvnw spring-boot:run} and off in tests, CLI commands and the {@code prod} profile.
 * @param demoAnonymousRole role of credential-less callers in demo mode (VIEWER: PII masked)
 * @param staticKeys keys configured as their SHA-256 (e.g. a bootstrap admin key from a secret store)
 * @param jwt how roles and the principal are read from bearer tokens
 */
@ConfigurationProperties("skein.security")
public record SecurityProperties(boolean demo, Role demoAnonymousRole, List<StaticKey> staticKeys, Jwt jwt) {

	public SecurityProperties {
		demoAnonymousRole = demoAnonymousRole == null ? Role.VIEWER : demoAnonymousRole;
		staticKeys = staticKeys == null ? List.of() : List.copyOf(staticKeys);
		jwt = jwt == null ? new Jwt(null, null) : jwt;
	}

	/** A key known by its SHA-256 (hex) only. */
	public record StaticKey(String name, Role role, String sha256) {
	}

	/**
	 * @param rolesClaim claim holding the role names (a list or a space/comma separated string)
	 * @param principalClaim claim naming the caller
	 */
	public record Jwt(String rolesClaim, String principalClaim) {

		public Jwt {
			rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
			principalClaim = principalClaim == null || principalClaim.isBlank() ? "sub" : principalClaim;
		}

	}

}
