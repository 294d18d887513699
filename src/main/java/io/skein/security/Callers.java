package io.skein.security;

import graphql.GraphQLContext;

import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the caller of a GraphQL execution. */
public final class Callers {

	private Callers() {
	}

	/** The caller put in the context by the HTTP interceptor, else the thread's security context. */
	public static Caller of(GraphQLContext context) {
		Caller caller = context == null ? null : context.get(Caller.CONTEXT_KEY);
		if (caller != null) {
			return caller;
		}
		return Caller.of(SecurityContextHolder.getContext().getAuthentication(), "in-process");
	}

}
