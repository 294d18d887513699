package io.skein.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry {@code X-Api-Key}. A key that is unknown or revoked is answered 401
 * at once, never treated as anonymous (and the refusal says which, for the audit); requests without the
 * header pass on to bearer-token authentication.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	private final ApiKeys keys;

	private final AuthenticationEntryPoint entryPoint;

	ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HEADER);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKeys.Key> key = this.keys.lookup(header);
		if (key.isEmpty() || key.get().revokedAt() != null) {
			SecurityContextHolder.clearContext();
			// for the audit of refused requests: the key's name when it is a revoked one, never the secret
			request.setAttribute(RefusedRequests.PRESENTED,
					key.map(k -> new RefusedRequests.Presented(k.principal(), "revoked API key"))
						.orElse(new RefusedRequests.Presented(Caller.NOBODY.principal(), "unknown API key")));
			this.entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API key"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
