package io.skein.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;

import org.springframework.graphql.execution.ErrorType;

/**
 * A schema field's fetcher with its {@link FieldDecision} enforced for the caller of each call: a caller
 * without the required role gets an UNAUTHORIZED or FORBIDDEN error for the field (and the fetcher never
 * runs); a caller below the field's unmasking role gets the masked value; text below STEWARD is masked by
 * its look. {@link FieldAccessInstrumentation} hands a caller who sees the value as fetched the
 * {@link #delegate} instead, per request.
 */
class GuardedFetcher implements DataFetcher<Object> {

	final FieldDecision decision;

	final DataFetcher<?> delegate;

	private GuardedFetcher(FieldDecision decision, DataFetcher<?> delegate) {
		this.decision = decision;
		this.delegate = delegate;
	}

	/** Trivial when the delegate is: masking a property read does no I/O. */
	static GuardedFetcher of(FieldDecision decision, DataFetcher<?> delegate) {
		return delegate instanceof TrivialDataFetcher<?> ? new Trivial(decision, delegate)
				: new GuardedFetcher(decision, delegate);
	}

	private static final class Trivial extends GuardedFetcher implements TrivialDataFetcher<Object> {

		Trivial(FieldDecision decision, DataFetcher<?> delegate) {
			super(decision, delegate);
		}

	}

	@Override
	public Object get(DataFetchingEnvironment e) throws Exception {
		Caller caller = Callers.of(e.getGraphQlContext());
		FieldRule rule = this.decision.rule();
		if (rule == null) {
			// Text with no rule of its own (reasons, captions, explanations, notes, URLs): masked by look.
			return caller.has(Role.STEWARD) ? this.delegate.get(e) : mapped(this.delegate.get(e), GuardedFetcher::maskByLook);
		}
		String coordinate = this.decision.coordinate();
		if (rule.isDeny() || (rule.required() != null && !caller.has(rule.required()))) {
			return denied(e, caller, coordinate, rule);
		}
		if (FieldDecision.SEARCH.equals(coordinate) && !caller.has(Role.STEWARD)
				&& Masks.isContactValue(e.getArgument("text"))) {
			// a match would confirm a guessed email, phone or id that this caller sees only masked
			return forbidden(e, "Forbidden: searching by an email, phone number or identity number requires role STEWARD;"
					+ " search by name", Map.of("requiredRole", Role.STEWARD.name(), "field", "text"));
		}
		if (FieldDecision.WRITES_RECORDS.equals(coordinate) && caller.sources() != null) {
			String foreign = foreignSource(e.getArgument("records"), caller);
			if (foreign != null) {
				return forbidden(e, "Forbidden: this key may write records of "
						+ String.join(", ", caller.sources().stream().sorted().toList()) + " only, not of " + foreign,
						Map.of("field", "source"));
			}
		}
		Object value = this.delegate.get(e);
		if (rule.mask() != null && !caller.has(rule.unmaskedFrom())) {
			return mapped(value, v -> rule.mask().apply(v, e));
		}
		if (this.decision.text() && !caller.has(Role.STEWARD)) {
			return mapped(value, GuardedFetcher::maskByLook);
		}
		return value;
	}

	private static Object maskByLook(Object value) {
		if (value instanceof String text) {
			return Masks.freeText(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GuardedFetcher::maskByLook).toList();
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

	private static DataFetcherResult<Object> forbidden(DataFetchingEnvironment env, String message,
			Map<String, Object> extensions) {
		return DataFetcherResult.newResult()
			.data(neutral(env.getFieldType()))
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message(message)
				.extensions(extensions)
				.build())
			.build();
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
	private static Object mapped(Object value, Function<Object, Object> mask) {
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
