package io.skein.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API key: the principal is the key's name, the authority its role. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final ApiKeys.Key key;

	ApiKeyAuthentication(ApiKeys.Key key) {
		super(List.of(new SimpleGrantedAuthority(key.role().authority())));
		this.key = key;
		setAuthenticated(true);
	}

	/** The sources this key may write records of; null for any. */
	java.util.List<String> sources() {
		return this.key.sources();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.key.name();
	}

	@Override
	public String getName() {
		return this.key.principal();
	}

}
