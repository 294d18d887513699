package io.skein.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated party behind one GraphQL request: a principal name, how it authenticated
 * ({@code api-key}, {@code jwt}, {@code demo-anonymous}, {@code test}), its granted roles (with the roles
 * they imply), the remote address it called from, and the sources whose records it may write
 * ({@code null}: any; an API key bound to sources carries them).
 */
public record Caller(String principal, String method, Set<Role> granted, Set<Role> roles, String remoteAddress,
		Set<String> sources) {

	/** The GraphQL context key a caller is stored under for the length of a request. */
	public static final String CONTEXT_KEY = Caller.class.getName();

	public static final Caller NOBODY = new Caller("anonymous", "none", Set.of(), Set.of(), null, null);

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** True for any authenticated caller, even one holding no Skein role (a JWT without our roles). */
	public boolean isAuthenticated() {
		return !"none".equals(this.method);
	}

	/** The strongest role granted, for audit: ADMIN, STEWARD, ANALYST, VIEWER, then INGEST. */
	public String primaryRole() {
		for (Role role : new Role[] { Role.ADMIN, Role.STEWARD, Role.ANALYST, Role.VIEWER, Role.INGEST }) {
			if (this.granted.contains(role)) {
				return role.name();
			}
		}
		return "NONE";
	}

	public Caller from(String remoteAddress) {
		return new Caller(this.principal, this.method, this.granted, this.roles, remoteAddress, this.sources);
	}

	/** Whether this caller may write records of {@code source}. */
	public boolean mayWrite(String source) {
		return this.sources == null || this.sources.contains(source);
	}

	public static Caller of(String principal, String method, Collection<Role> granted, String remoteAddress) {
		Set<Role> grantedSet = granted.isEmpty() ? Set.of() : EnumSet.copyOf(granted);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		grantedSet.forEach(r -> roles.addAll(r.effective()));
		return new Caller(principal, method, Set.copyOf(grantedSet), Set.copyOf(roles), remoteAddress, null);
	}

	/** The caller an authentication stands for; {@link #NOBODY} for none or an anonymous token. */
	public static Caller of(Authentication authentication, String remoteAddress) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return NOBODY.from(remoteAddress);
		}
		EnumSet<Role> granted = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			Role role = name != null && name.startsWith("ROLE_") ? Role.parse(name) : null;
			if (role != null) {
				granted.add(role);
			}
		}
		String method;
		if (authentication instanceof ApiKeyAuthentication) {
			method = "api-key";
		}
		else if (authentication instanceof JwtAuthenticationToken) {
			method = "jwt";
		}
		else if (authentication instanceof AnonymousAuthenticationToken) {
			method = "demo-anonymous";
		}
		else {
			method = authentication.getClass().getSimpleName();
		}
		Caller caller = of(authentication.getName(), method, granted, remoteAddress);
		if (authentication instanceof ApiKeyAuthentication key && key.sources() != null) {
			caller = new Caller(caller.principal, caller.method, caller.granted, caller.roles, remoteAddress,
					Set.copyOf(key.sources()));
		}
		return caller;
	}

}
