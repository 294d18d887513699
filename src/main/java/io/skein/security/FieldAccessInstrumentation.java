package io.skein.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.skein.graphql.FieldFetcherWrapper;
import io.skein.graphql.FieldWrapping;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link AccessPolicy} on every field of every request. What a field needs (nothing, masking
 * text by look, or its rule) is decided once per schema field when the schema is built, and only the
 * fields that need something get a {@link GuardedFetcher}. Per request, the caller is served the schema of
 * its roles, in which the guarded fields those roles see as fetched (e.g. every field for STEWARD and up)
 * read through their own fetcher: nothing is decided per field, and graphql-java builds no
 * {@code DataFetchingEnvironment} for a plain property read.
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

	/** A schema as served to callers holding exactly these roles. */
	private record Served(GraphQLSchema schema, Set<Role> roles) {
	}

	private final Map<Served, GraphQLSchema> served = new ConcurrentHashMap<>();

	@Override
	public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof RequestCaller request)) {
			return schema;
		}
		Caller caller = request.caller();
		return this.served.computeIfAbsent(new Served(schema, caller.roles()), key -> unguarded(schema, caller));
	}

	/** The schema with every guarded field this caller's roles see as fetched reading through its own fetcher. */
	static GraphQLSchema unguarded(GraphQLSchema schema, Caller caller) {
		return FieldWrapping.wrap(schema, List.of((type, field, fetcher) -> fetcher instanceof GuardedFetcher guarded
				&& guarded.decision.passesUnchanged(caller) ? guarded.delegate : fetcher));
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
