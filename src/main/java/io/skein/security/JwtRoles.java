package io.skein.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Skein roles from the configured claim of a bearer token ({@code roles} by default; a list or a
 * space or comma separated string). Names that are not Skein roles are ignored, so a token from a
 * shared identity provider grants nothing by accident.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecurityProperties.Jwt settings;

	JwtRoles(SecurityProperties.Jwt settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String name : names(jwt.getClaim(this.settings.rolesClaim()))) {
			Role role = Role.parse(name);
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
