package io.skein.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.DispatcherType;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The HTTP side of security: {@code /graphql} and the actuator (health and info aside, metrics hold no
 * PII) need an API key
 * or a bearer token; GraphiQL's page is open but its calls carry the key like any other client. No
 * sessions, no cookies, no form login: every request authenticates itself, so CSRF does not apply. A
 * JWT decoder exists when one of Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties
 * ({@code issuer-uri}, {@code jwk-set-uri}, {@code public-key-location}) is set; bearer tokens are
 * refused otherwise. In demo mode only, credential-less callers get the demo anonymous role. Every 401
 * and 403 answered here is counted and published for the audit log ({@link RefusedRequests}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String UNAUTHORIZED = """
			{"errors":[{"message":"Unauthorized: send a valid X-Api-Key header or an Authorization: Bearer token",\
			"extensions":{"classification":"UNAUTHORIZED"}}]}""";

	private static final String FORBIDDEN = """
			{"errors":[{"message":"Forbidden: your role does not allow this endpoint",\
			"extensions":{"classification":"FORBIDDEN"}}]}""";

	/**
	 * No observation of Spring Security's own: it times every filter of the chain, every authentication and
	 * every authorization of every request, a cost on the request thread of every call (seen in JFR samples
	 * of the customer-360). Requests are timed already ({@code http.server.requests}, {@code graphql.request}) and refusals
	 * counted and audited ({@link RefusedRequests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys keys, SecurityProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder, ApplicationEventPublisher publisher, MeterRegistry meters)
			throws Exception {
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		RefusedRequests refused = new RefusedRequests(publisher, meters, properties.jwt(), decoder != null);
		AuthenticationEntryPoint entryPoint = refused.unauthorized((request, response, ex) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("WWW-Authenticate", "Bearer, ApiKey header=\"X-Api-Key\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
		});
		AccessDeniedHandler denied = refused.forbidden((request, response, ex) -> {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(FORBIDDEN.getBytes(StandardCharsets.UTF_8));
		});
		http.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint), BearerTokenAuthenticationFilter.class);
		if (properties.demo()) {
			http.anonymous(a -> a.principal("demo-anonymous")
				.authorities(List.of(new SimpleGrantedAuthority(properties.demoAnonymousRole().authority()))));
		}
		else {
			http.anonymous(a -> a.disable());
		}
		http.authorizeHttpRequests(a -> {
			a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			// error pages render for errors of any request; /error asked for directly is no page (401, not 500)
			a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			a.requestMatchers("/graphiql", "/graphiql/**").permitAll();
			// The console's and Neo4j Browser's pages and assets hold no data: their scripts call /graphql (or
			// Bolt) with the user's own credentials.
			a.requestMatchers("/console", "/console/**", "/browser", "/browser/**", "/webjars/**", "/favicon.ico")
				.permitAll();
			if (properties.demo()) {
				a.requestMatchers("/graphql").permitAll();
			}
			a.anyRequest().authenticated();
		});
		if (decoder != null) {
			http.oauth2ResourceServer(o -> o.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(denied)
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtRoles(properties.jwt()))));
		}
		return http.build();
	}

}
