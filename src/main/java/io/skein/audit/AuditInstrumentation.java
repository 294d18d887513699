package io.skein.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.skein.graphql.FieldFetcherWrapper;
import io.skein.security.Caller;
import io.skein.security.Callers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Audits every executed mutation field (and the data-export query): its arguments are summarised when it starts (before access
 * checks, so denied calls are audited too) and its outcome is read from the finished result's errors.
 * Only those fields are wrapped, when the schema is built; the request's calls are in its GraphQL context.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditInstrumentation extends SimplePerformantInstrumentation implements FieldFetcherWrapper {

	/** Reads audited like mutations, because they hand out everything held on a person. */
	static final java.util.Set<String> AUDITED_QUERIES = java.util.Set.of("exportCustomerData");

	private final AuditLog log;

	AuditInstrumentation(AuditLog log) {
		this.log = log;
	}

	private record Started(String resultKey, String action, String arguments, Caller caller) {
	}

	static final class Calls implements InstrumentationState {

		/** Where the request's calls are in its GraphQL context, for the wrapped fetchers. */
		static final String CONTEXT_KEY = Calls.class.getName();

		final List<Started> started = new CopyOnWriteArrayList<>();

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		Calls calls = new Calls();
		parameters.getExecutionInput().getGraphQLContext().put(Calls.CONTEXT_KEY, calls);
		return calls;
	}

	@Override
	public DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
		boolean audited = "Mutation".equals(parent.getName())
				|| ("Query".equals(parent.getName()) && AUDITED_QUERIES.contains(field.getName()));
		if (!audited) {
			return fetcher;
		}
		return FieldFetcherWrapper.like(fetcher, e -> {
			Calls calls = e.getGraphQlContext().get(Calls.CONTEXT_KEY);
			if (calls != null && e.getExecutionStepInfo().getPath().getLevel() == 1) {
				calls.started.add(new Started(e.getExecutionStepInfo().getPath().getSegmentName(),
						e.getFieldDefinition().getName(), ArgumentSummary.of(e.getArguments()),
						Callers.of(e.getGraphQlContext())));
			}
			return fetcher.get(e);
		});
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Calls calls && !calls.started.isEmpty()) {
			this.log.record(calls.started.stream().map(s -> call(s, result, parameters.getOperation())).toList());
		}
		return CompletableFuture.completedFuture(result);
	}

	private static AuditLog.Call call(Started s, ExecutionResult result, String operationName) {
		List<GraphQLError> errors = result.getErrors()
			.stream()
			.filter(e -> e.getPath() == null || e.getPath().isEmpty() || s.resultKey().equals(e.getPath().get(0)))
			.toList();
		Object data = result.getData() instanceof Map<?, ?> map ? map.get(s.resultKey()) : null;
		String outcome;
		if (errors.isEmpty()) {
			outcome = "OK";
		}
		else if (errors.stream().anyMatch(e -> classification(e).equals("FORBIDDEN") || classification(e).equals("UNAUTHORIZED"))) {
			outcome = "DENIED";
		}
		else if (data != null) {
			outcome = "PARTIAL";
		}
		else if (errors.stream().allMatch(e -> classification(e).equals("BAD_REQUEST") || classification(e).equals("NOT_FOUND"))) {
			outcome = "REJECTED";
		}
		else {
			outcome = "FAILED";
		}
		Caller c = s.caller();
		return new AuditLog.Call(c.principal(), c.primaryRole(), c.method(), s.action(),
				ArgumentSummary.withResults(s.arguments(), data), outcome, errors.size(), c.remoteAddress(), operationName);
	}

	private static String classification(GraphQLError error) {
		return error.getErrorType() == null ? "" : error.getErrorType().toString();
	}

}
