package io.skein.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Skein roles from the configured claim of a bearer token ({@code roles} by default; a list or a
 * space or comma separated string). Only the exact names of Skein roles count ({@code ADMIN}, not
 * {@code admin} or {@code ROLE_ADMIN}); other names are ignored, so a token from a shared identity
 * provider grants nothing by accident. A token without an expiry ({@code exp}) is refused.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecurityProperties.Jwt settings;

	JwtRoles(SecurityProperties.Jwt settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		if (jwt.getExpiresAt() == null) {
			throw new InvalidBearerTokenException("token has no expiry (exp)");
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String name : names(jwt.getClaim(this.settings.rolesClaim()))) {
			Role role = Role.exact(name);
			if (role != null) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
		}
		String principal = jwt.getClaimAsString(this.settings.principalClaim());
		return new JwtAuthenticationToken(jwt, authorities, principal == null ? jwt.getSubject() : principal);
	}

	private static List<String> names(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String text) {
			return List.of(text.split("[\\s,]+"));
		}
		return List.of();
	}

}
