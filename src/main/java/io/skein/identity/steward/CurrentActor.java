package io.skein.identity.steward;

import java.lang.reflect.Method;

/**
 * Who is acting: the name of the authenticated principal in Spring Security's context when Spring
 * Security is on the classpath and someone is signed in, else {@code anonymous}. Looked up reflectively
 * so this module does not depend on Spring Security.
 */
public final class CurrentActor {

	static final String ANONYMOUS = "anonymous";

	private CurrentActor() {
	}

	public static String name() {
		try {
			Class<?> holder = Class.forName("org.springframework.security.core.context.SecurityContextHolder");
			Object context = holder.getMethod("getContext").invoke(null);
			Object authentication = context == null ? null
					: context.getClass().getMethod("getAuthentication").invoke(context);
			if (authentication == null) {
				return ANONYMOUS;
			}
			Method authenticated = authentication.getClass().getMethod("isAuthenticated");
			Object name = authentication.getClass().getMethod("getName").invoke(authentication);
			return Boolean.TRUE.equals(authenticated.invoke(authentication)) && name instanceof String s && !s.isBlank()
					? s : ANONYMOUS;
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return ANONYMOUS;
		}
	}

}
