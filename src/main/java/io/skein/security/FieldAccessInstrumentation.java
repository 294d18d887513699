package io.skein.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link AccessPolicy} on every field of every request by wrapping each data fetcher:
 * a caller without the required role gets an UNAUTHORIZED or FORBIDDEN error for that field (and the
 * fetcher never runs); a caller below a field's unmasking role gets the masked value. What a field
 * needs is decided once per schema field, and whether the request's caller needs it once per request
 * and field: a caller allowed to see a field unmasked reads it through its fetcher unwrapped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldAccessInstrumentation extends SimplePerformantInstrumentation {

	/** Writes under a source: an API key bound to sources may write only those. */
	private static final String WRITES_RECORDS = "Mutation.ingestRecords";

	/** Search: by name for everyone who may read customers, by contact or identity value from STEWARD. */
	private static final String SEARCH = "Query.searchCustomers";

	private final AccessPolicy policy;

	FieldAccessInstrumentation(AccessPolicy policy) {
		this.policy = policy;
	}

	/** What a field needs, decided once per field of the schema: nothing, masking text by look, or its rule. */
	private record Decision(FieldRule rule, boolean text, String coordinate) {

		static final Decision NONE = new Decision(null, false, null);

		/**
		 * Whether this caller gets the field's value as fetched: allowed, nothing masked, no check of
		 * arguments. The root fields that check their arguments per call are never passed through.
		 */
		boolean passesUnchanged(Caller caller) {
			boolean steward = caller.has(Role.STEWARD);
			if (this.rule == null) {
				return steward;
			}
			if (SEARCH.equals(this.coordinate) || WRITES_RECORDS.equals(this.coordinate) || this.rule.isDeny()
					|| (this.rule.required() != null && !caller.has(this.rule.required()))) {
				return false;
			}
			return (this.rule.mask() == null || caller.has(this.rule.unmaskedFrom())) && (!this.text || steward);
		}

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

	/** Decisions by type, then field: graphql-java asks for every field of every object of a response. */
	private final Map<String, Map<String, Decision>> decisions = new ConcurrentHashMap<>();

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		DataFetchingEnvironment env = parameters.getEnvironment();
		if (!(env.getParentType() instanceof GraphQLObjectType parent)) {
			return fetcher;
		}
		String field = env.getFieldDefinition().getName();
		Decision decision = this.decisions.computeIfAbsent(parent.getName(), type -> new ConcurrentHashMap<>())
			.computeIfAbsent(field, f -> decide(parent.getName(), f, env.getFieldType()));
		if (decision == Decision.NONE) {
			return fetcher;
		}
		if (state instanceof RequestCaller request && decision.passesUnchanged(request.caller())) {
			// a caller who sees the value as fetched (e.g. STEWARD and up) pays no wrapper per value
			return fetcher;
		}
		FieldRule rule = decision.rule();
		boolean text = decision.text();
		if (rule == null) {
			// Text with no rule of its own (reasons, captions, explanations, notes, URLs): masked by look.
			return e -> Callers.of(e.getGraphQlContext()).has(Role.STEWARD) ? fetcher.get(e)
					: mapped(fetcher.get(e), FieldAccessInstrumentation::maskByLook);
		}
		String coordinate = decision.coordinate();
		return e -> {
			Caller caller = Callers.of(e.getGraphQlContext());
			if (rule.isDeny() || (rule.required() != null && !caller.has(rule.required()))) {
				return denied(e, caller, coordinate, rule);
			}
			if (SEARCH.equals(coordinate) && !caller.has(Role.STEWARD) && Masks.isContactValue(e.getArgument("text"))) {
				// a match would confirm a guessed email, phone or id that this caller sees only masked
				return DataFetcherResult.newResult()
					.data(neutral(e.getFieldType()))
					.error(GraphqlErrorBuilder.newError(e)
						.errorType(ErrorType.FORBIDDEN)
						.message("Forbidden: searching by an email, phone number or identity number requires role STEWARD;"
								+ " search by name")
						.extensions(Map.of("requiredRole", Role.STEWARD.name(), "field", "text"))
						.build())
					.build();
			}
			if (WRITES_RECORDS.equals(coordinate) && caller.sources() != null) {
				String foreign = foreignSource(e.getArgument("records"), caller);
				if (foreign != null) {
					return DataFetcherResult.newResult()
						.data(neutral(e.getFieldType()))
						.error(GraphqlErrorBuilder.newError(e)
							.errorType(ErrorType.FORBIDDEN)
							.message("Forbidden: this key may write records of " + String.join(", ", caller.sources().stream().sorted().toList())
									+ " only, not of " + foreign)
							.extensions(Map.of("field", "source"))
							.build())
						.build();
				}
			}
			Object value = fetcher.get(e);
			if (rule.mask() != null && !caller.has(rule.unmaskedFrom())) {
				return mapped(value, v -> rule.mask().apply(v, e));
			}
			if (text && !caller.has(Role.STEWARD)) {
				return mapped(value, FieldAccessInstrumentation::maskByLook);
			}
			return value;
		};
	}

	private Decision decide(String type, String field, GraphQLOutputType fieldType) {
		if (field.startsWith("__")) {
			return Decision.NONE;
		}
		FieldRule rule = this.policy.rule(type, field);
		boolean text = isText(fieldType, field);
		return rule == null && !text ? Decision.NONE : new Decision(rule, text, type + "." + field);
	}

	/** Text fields below STEWARD are masked by the look of their values; cursors are opaque tokens, not text. */
	private static boolean isText(GraphQLOutputType type, String field) {
		if (field.toLowerCase(java.util.Locale.ROOT).endsWith("cursor")) {
			return false;
		}
		String name = graphql.schema.GraphQLTypeUtil.unwrapAll(type).getName();
		return "String".equals(name) || "JSON".equals(name);
	}

	private static Object maskByLook(Object value) {
		if (value instanceof String text) {
			return Masks.freeText(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(FieldAccessInstrumentation::maskByLook).toList();
		}
		return Masks.json(value);
	}

	/** The first source among these records that the caller is not bound to, if any. */
	private static String foreignSource(Object records, Caller caller) {
		if (records instanceof List<?> list) {
			for (Object record : list) {
				Object source = record instanceof Map<?, ?> map ? map.get("source") : null;
				if (source != null && !caller.mayWrite(String.valueOf(source))) {
					return String.valueOf(source);
				}
			}
		}
		return null;
	}

	private static DataFetcherResult<Object> denied(DataFetchingEnvironment env, Caller caller, String coordinate,
			FieldRule rule) {
		boolean anonymous = !caller.isAuthenticated();
		String message = anonymous ? "Unauthorized: " + coordinate + " needs credentials"
				: rule.isDeny() ? "Forbidden: " + coordinate + " is not mapped to any role"
						: "Forbidden: " + coordinate + " requires role " + rule.required();
		GraphQLError error = GraphqlErrorBuilder.newError(env)
			.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
			.message(message)
			.extensions(rule.required() == null ? Map.of() : Map.of("requiredRole", rule.required().name()))
			.build();
		return DataFetcherResult.newResult().data(neutral(env.getFieldType())).error(error).build();
	}

	/** An empty list for a non-null list field, so one denied child does not null its whole parent. */
	private static Object neutral(GraphQLOutputType type) {
		if (type instanceof GraphQLNonNull nonNull && nonNull.getWrappedType() instanceof GraphQLList) {
			return List.of();
		}
		return null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object mapped(Object value, java.util.function.Function<Object, Object> mask) {
		if (value == null) {
			return null;
		}
		if (value instanceof CompletionStage<?> stage) {
			return stage.thenApply(v -> mapped(v, mask));
		}
		if (value instanceof DataFetcherResult<?> result) {
			return ((DataFetcherResult) result).transform(b -> ((DataFetcherResult.Builder) b)
				.data(result.getData() == null ? null : mask.apply(result.getData())));
		}
		return mask.apply(value);
	}

}
