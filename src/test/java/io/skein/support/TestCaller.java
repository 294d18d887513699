package io.skein.support;

import java.util.List;

import io.skein.security.Role;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs each test as a test ADMIN on the test thread, so in-process GraphQL calls (GraphQlTester over
 * ExecutionGraphQlService, with no HTTP and no filter chain) are authorised like an admin's. HTTP calls
 * are unaffected: they authenticate themselves (see {@link GraphQlHttp}). {@link #runAs} switches role.
 */
public class TestCaller implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		runAs(Role.ADMIN);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SecurityContextHolder.clearContext();
	}

	/** Makes the current thread's in-process caller hold exactly {@code roles} (none: anonymous). */
	public static void runAs(Role... roles) {
		SecurityContextHolder.clearContext();
		if (roles.length == 0) {
			return;
		}
		TestingAuthenticationToken token = new TestingAuthenticationToken("test-" + roles[0].name().toLowerCase(), "",
				List.of(roles).stream().map(Role::authority).toArray(String[]::new));
		token.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(token);
	}

}
