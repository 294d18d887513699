package io.skein.security;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.graphql.FieldFetcherWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link AccessPolicy} on every field of every request. What a field needs (nothing, masking
 * text by look, or its rule) is decided once per schema field when the schema is built, and only the
 * fields that need something get a {@link GuardedFetcher}. Per request, a caller allowed to see such a
 * field as fetched (e.g. STEWARD and up) is handed the field's own fetcher, with no wrapper per value; that
 * look costs graphql-java nothing per field (no {@code DataFetchingEnvironment} is built for it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldAccessInstrumentation extends SimplePerformantInstrumentation implements FieldFetcherWrapper {

	private final AccessPolicy policy;

	FieldAccessInstrumentation(AccessPolicy policy) {
		this.policy = policy;
	}

	/** The caller of one request, when the HTTP interceptor put it in the request's context. */
	private record RequestCaller(Caller caller) implements InstrumentationState {
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
		Caller caller = context == null ? null : context.get(Caller.CONTEXT_KEY);
		return caller == null ? null : new RequestCaller(caller);
	}

	@Override
	public DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
		FieldDecision decision = decide(parent.getName(), field.getName(), field.getType());
		return decision == null ? fetcher : GuardedFetcher.of(decision, fetcher);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (fetcher instanceof GuardedFetcher guarded && state instanceof RequestCaller request
				&& guarded.decision.passesUnchanged(request.caller())) {
			// a caller who sees the value as fetched pays no wrapper per value
			return guarded.delegate;
		}
		return fetcher;
	}

	/** What a field needs, or null for nothing. */
	private FieldDecision decide(String type, String field, GraphQLOutputType fieldType) {
		if (field.startsWith("__")) {
			return null;
		}
		FieldRule rule = this.policy.rule(type, field);
		boolean text = isText(fieldType, field);
		return rule == null && !text ? null : new FieldDecision(rule, text, type + "." + field);
	}

	/** Text fields below STEWARD are masked by the look of their values; cursors are opaque tokens, not text. */
	private static boolean isText(GraphQLOutputType type, String field) {
		if (field.toLowerCase(Locale.ROOT).endsWith("cursor")) {
			return false;
		}
		String name = GraphQLTypeUtil.unwrapAll(type).getName();
		return "String".equals(name) || "JSON".equals(name);
	}

}
