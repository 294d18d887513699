package io.skein.console;

import java.io.IOException;
import java.net.URI;

import io.skein.graph.Neo4jEndpoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Neo4j Browser on this machine. A community-edition Browser loads web fonts, product analytics and
 * a feedback widget from the internet once connected, whatever its settings say; every {@code /browser}
 * response therefore carries a Content-Security-Policy that lets the page reach only this server and the
 * Bolt endpoint, so the browser refuses those loads before any request leaves (the Browser works without
 * them). The console and GraphiQL need no such policy: they reference nothing outside the jar.
 */
@Configuration(proxyBeanMethods = false)
class BrowserContentPolicy {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> neo4jBrowserContentPolicy(Neo4jEndpoint neo4j) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("Content-Security-Policy", policy(neo4j, request));
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns("/browser", "/browser/*");
		return registration;
	}

	static String policy(Neo4jEndpoint neo4j, HttpServletRequest request) {
		URI bolt = URI.create(neo4j.boltUri());
		String host = neo4j.embedded() ? request.getServerName() : bolt.getHost();
		String boltHost = host + ":" + bolt.getPort();
		return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; frame-src 'self'; "
				+ "connect-src 'self' ws://" + boltHost + " wss://" + boltHost + " http://" + boltHost + " https://" + boltHost;
	}

}
