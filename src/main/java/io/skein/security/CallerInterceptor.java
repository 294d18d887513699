package io.skein.security;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link Caller} of an HTTP request, with its remote address, into the GraphQL context, where
 * the access policy and the audit read it. Requests that do not come over HTTP (tests, in-process calls)
 * have no interceptor; their caller is read from the thread's security context instead.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String remote = request.getRemoteAddress() == null ? null
				: request.getRemoteAddress().getAddress().getHostAddress();
		Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), remote);
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller))
			.build());
		return chain.next(request);
	}

}
