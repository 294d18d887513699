package io.skein.security;

import java.text.ParseException;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTParser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Wraps the 401 entry point and the 403 handler so every refused request is counted
 * ({@code skein.security.refused}, by method and status) and published as a {@link RequestRefused} for
 * the audit log, before the response is written.
 */
final class RefusedRequests {

	/** Request attribute the API-key filter leaves: what the refused key was, without its secret. */
	static final String PRESENTED = RefusedRequests.class.getName() + ".presented";

	/** Who a refused request presented itself as, and why it was refused. */
	record Presented(String principal, String reason) {
	}

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.:@|\\-]");

	private final ApplicationEventPublisher publisher;

	private final MeterRegistry meters;

	private final SecurityProperties.Jwt jwt;

	private final boolean bearerTokensAccepted;

	RefusedRequests(ApplicationEventPublisher publisher, MeterRegistry meters, SecurityProperties.Jwt jwt,
			boolean bearerTokensAccepted) {
		this.publisher = publisher;
		this.meters = meters;
		this.jwt = jwt;
		this.bearerTokensAccepted = bearerTokensAccepted;
	}

	AuthenticationEntryPoint unauthorized(AuthenticationEntryPoint answer) {
		return (request, response, ex) -> {
			refused(request, HttpServletResponse.SC_UNAUTHORIZED);
			answer.commence(request, response, ex);
		};
	}

	AccessDeniedHandler forbidden(AccessDeniedHandler answer) {
		return (request, response, ex) -> {
			refused(request, HttpServletResponse.SC_FORBIDDEN);
			answer.handle(request, response, ex);
		};
	}

	private void refused(HttpServletRequest request, int status) {
		String method;
		Presented presented;
		String bearer = bearer(request);
		if (request.getAttribute(PRESENTED) instanceof Presented fromFilter) {
			method = "api-key";
			presented = fromFilter;
		}
		else if (status == HttpServletResponse.SC_FORBIDDEN) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Caller caller = Caller.of(authentication, null);
			method = caller.method();
			presented = new Presented(caller.principal(), "role does not allow this endpoint");
		}
		else if (bearer != null) {
			method = "jwt";
			presented = new Presented(claimedSubject(bearer),
					this.bearerTokensAccepted ? "invalid bearer token" : "bearer tokens not accepted");
		}
		else {
			method = "none";
			presented = new Presented(Caller.NOBODY.principal(), "no credentials");
		}
		this.meters.counter("skein.security.refused", "method", method, "status", Integer.toString(status)).increment();
		try {
			this.publisher.publishEvent(new RequestRefused(presented.principal(), method, presented.reason(), status,
					path(request), request.getRemoteAddr()));
		}
		catch (RuntimeException ex) {
			// the refusal itself must still be answered
			log.warn("Could not report a refused request to {}", request.getRequestURI(), ex);
		}
	}

	private static String path(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path == null || path.length() <= 200 ? path : path.substring(0, 200);
	}

	private static String bearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
	}

	/**
	 * The principal the token claims, read without checking its signature (it was just refused), cut to a
	 * safe short form; {@code anonymous} when it is not a JWT or claims none.
	 */
	private String claimedSubject(String token) {
		try {
			var claims = JWTParser.parse(token).getJWTClaimsSet();
			Object claimed = claims.getClaim(this.jwt.principalClaim());
			String subject = claimed instanceof String s ? s : claims.getSubject();
			if (subject != null && !subject.isBlank()) {
				String safe = UNSAFE.matcher(subject.strip()).replaceAll("_");
				return safe.length() > 100 ? safe.substring(0, 100) : safe;
			}
		}
		catch (ParseException | RuntimeException ex) {
			// not a JWT: nothing is claimed
		}
		return Caller.NOBODY.principal();
	}

}
