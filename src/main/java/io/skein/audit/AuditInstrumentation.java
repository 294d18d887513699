package io.skein.audit;

import java.util.ArrayList;
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
import io.skein.security.Callers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Audits every executed mutation field (and the data-export query): its arguments are summarised when it starts (before access
 * checks, so denied calls are audited too) and its outcome is read from the finished result's errors. A mutation may
 * store its entry with its own commit ({@link PendingAuditEntry}); the others are stored after the call.
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

	static final class Calls implements InstrumentationState {

		/** Where the request's calls are in its GraphQL context, for the wrapped fetchers. */
		static final String CONTEXT_KEY = Calls.class.getName();

		final List<PendingAuditEntry> started = new CopyOnWriteArrayList<>();

		final String operationName;

		Calls(String operationName) {
			this.operationName = operationName;
		}

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		Calls calls = new Calls(parameters.getExecutionInput().getOperationName());
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
				PendingAuditEntry entry = new PendingAuditEntry(this.log, e.getExecutionStepInfo().getPath().getSegmentName(),
						e.getFieldDefinition().getName(), ArgumentSummary.of(e.getArguments()), Callers.of(e.getGraphQlContext()),
						calls.operationName);
				calls.started.add(entry);
				entry.offer(e);
			}
			return fetcher.get(e);
		});
	}

	/**
	 * Stores the entry of each audited field, unless the field stored it with its own commit for the very answer
	 * the caller gets ({@link PendingAuditEntry#writeIn}).
	 */
	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Calls calls && !calls.started.isEmpty()) {
			List<AuditLog.Call> toStore = new ArrayList<>();
			for (PendingAuditEntry entry : calls.started) {
				AuditLog.Call call = call(entry, result);
				if (!call.equals(entry.stored())) {
					toStore.add(call);
				}
			}
			this.log.record(toStore);
		}
		return CompletableFuture.completedFuture(result);
	}

	private static AuditLog.Call call(PendingAuditEntry entry, ExecutionResult result) {
		List<GraphQLError> errors = result.getErrors()
			.stream()
			.filter(e -> e.getPath() == null || e.getPath().isEmpty() || entry.resultKey().equals(e.getPath().get(0)))
			.toList();
		Object data = result.getData() instanceof Map<?, ?> map ? map.get(entry.resultKey()) : null;
		return entry.call(errors, data);
	}

}
