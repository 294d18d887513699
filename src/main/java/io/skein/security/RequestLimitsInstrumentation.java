package io.skein.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.graph.QueryDeadline;
import io.skein.graphql.FieldFetcherWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Page size, batch size and execution time, checked as fields resolve: a {@code first} over the page
 * limit or a list argument over the batch limit is a BAD_REQUEST naming the argument (the field is not
 * resolved); once a request has run past its time limit no further field is resolved and the whole
 * response becomes one {@code EXECUTION_TIMEOUT} error. The fields that fetch or take arguments are
 * wrapped when the schema is built; the request's {@link Deadline} is in its GraphQL context.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitsInstrumentation extends SimplePerformantInstrumentation implements FieldFetcherWrapper {

	private final GraphQlLimits limits;

	RequestLimitsInstrumentation(GraphQlLimits limits) {
		this.limits = limits;
	}

	static final class Deadline implements InstrumentationState {

		/** Where the request's deadline is in its GraphQL context, for the wrapped fetchers. */
		static final String CONTEXT_KEY = Deadline.class.getName();

		final long limitNanos;

		final long start = System.nanoTime();

		final AtomicBoolean passed = new AtomicBoolean();

		/** A mutation's answer is never replaced: what it committed is reported with the timeout. */
		volatile boolean mutation;

		/** Items given in list arguments so far, across every field (and alias) of the document. */
		final java.util.concurrent.atomic.AtomicLong batchItems = new java.util.concurrent.atomic.AtomicLong();

		Deadline(long limitNanos) {
			this.limitNanos = limitNanos;
		}

		boolean check() {
			if (System.nanoTime() - this.start > this.limitNanos) {
				this.passed.set(true);
			}
			return this.passed.get();
		}

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		Deadline deadline = new Deadline(this.limits.getExecutionTimeout().toNanos());
		parameters.getExecutionInput().getGraphQLContext().put(Deadline.CONTEXT_KEY, deadline);
		return deadline;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		if (state instanceof Deadline deadline) {
			deadline.mutation = parameters.getExecutionContext().getOperationDefinition()
				.getOperation() == OperationDefinition.Operation.MUTATION;
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
		boolean hasArguments = !field.getArguments().isEmpty();
		if (fetcher instanceof TrivialDataFetcher<?> && !hasArguments) {
			// A property read cannot run long or ask for much: the deadline is checked at the fields that fetch.
			return fetcher;
		}
		return FieldFetcherWrapper.like(fetcher, env -> {
			Deadline deadline = env.getGraphQlContext().get(Deadline.CONTEXT_KEY);
			if (deadline != null && deadline.check()) {
				return deadline.mutation ? notRun(env) : null;
			}
			if (hasArguments) {
				DataFetcherResult<Object> refused = checkArguments(env, deadline);
				if (refused != null) {
					return refused;
				}
			}
			if (deadline == null) {
				return fetcher.get(env);
			}
			// reads this field starts are stopped by the database when the request's time is up
			try {
				return QueryDeadline.within(deadline.start + deadline.limitNanos, () -> fetcher.get(env));
			}
			catch (QueryDeadline.Passed ex) {
				deadline.passed.set(true);
				return deadline.mutation ? notRun(env) : null;
			}
		});
	}

	private DataFetcherResult<Object> checkArguments(DataFetchingEnvironment env, Deadline deadline) {
		for (Map.Entry<String, Object> argument : env.getArguments().entrySet()) {
			Object value = argument.getValue();
			if ("first".equals(argument.getKey()) && value instanceof Number n && n.longValue() > this.limits.getMaxPageSize()) {
				return badRequest(env, "first", "must be between 1 and " + this.limits.getMaxPageSize() + ", was " + n);
			}
			if (value instanceof List<?> list && list.size() > this.limits.getMaxBatchSize()) {
				return badRequest(env, argument.getKey(), "batch of " + list.size() + " items is over the limit of "
						+ this.limits.getMaxBatchSize() + "; split it into smaller calls");
			}
		}
		if (deadline != null) {
			// the limit holds for the whole document: aliases do not multiply it
			long items = env.getArguments().values().stream().filter(List.class::isInstance).mapToLong(v -> ((List<?>) v).size()).sum();
			if (items > 0) {
				long total = deadline.batchItems.addAndGet(items);
				if (total > this.limits.getMaxBatchSize()) {
					deadline.batchItems.addAndGet(-items);
					String name = env.getArguments().entrySet().stream().filter(a -> a.getValue() instanceof List<?>)
						.map(Map.Entry::getKey).findFirst().orElse("arguments");
					return badRequest(env, name, "this request's list arguments add up to " + total
							+ " items, over the limit of " + this.limits.getMaxBatchSize()
							+ " per request (aliases count together); send the rest in another request");
				}
			}
		}
		return null;
	}

	/**
	 * A mutation field the deadline stopped before it ran: an empty list where the schema wants a list
	 * (so the fields that did run are not nulled with it), and an error at its path.
	 */
	private DataFetcherResult<Object> notRun(DataFetchingEnvironment env) {
		GraphQLOutputType type = env.getFieldType();
		boolean list = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
		return DataFetcherResult.newResult()
			.data(list ? List.of() : null)
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorClassification.errorClassification("EXECUTION_TIMEOUT"))
				.message("Not run: the request's time limit of " + this.limits.getExecutionTimeout() + " had passed")
				.extensions(Map.of("limitMillis", this.limits.getExecutionTimeout().toMillis(), "notRun", true))
				.build())
			.build();
	}

	private static DataFetcherResult<Object> badRequest(DataFetchingEnvironment env, String field, String message) {
		return DataFetcherResult.newResult()
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(field + ": " + message)
				.extensions(Map.of("field", field))
				.build())
			.build();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Deadline deadline && deadline.passed.get()) {
			if (deadline.mutation) {
				// What was written is committed: answer it, with the timeout, instead of hiding it.
				return CompletableFuture.completedFuture(result.transform(b -> b.addError(GraphqlErrorBuilder.newError()
					.errorType(ErrorClassification.errorClassification("EXECUTION_TIMEOUT"))
					.message("Request ran over the time limit of " + this.limits.getExecutionTimeout()
							+ " (skein.graphql.limits.execution-timeout); the fields answered were committed, the"
							+ " fields answered null were not run")
					.extensions(Map.of("limitMillis", this.limits.getExecutionTimeout().toMillis(), "partial", true))
					.build())));
			}
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.data(null)
				.addError(GraphqlErrorBuilder.newError()
					.errorType(ErrorClassification.errorClassification("EXECUTION_TIMEOUT"))
					.message("Request ran over the time limit of " + this.limits.getExecutionTimeout()
							+ " (skein.graphql.limits.execution-timeout); ask for less")
					.extensions(Map.of("limitMillis", this.limits.getExecutionTimeout().toMillis()))
					.build())
				.build());
		}
		return CompletableFuture.completedFuture(result);
	}

}
