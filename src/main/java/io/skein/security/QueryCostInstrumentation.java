package io.skein.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;
import graphql.ExecutionResult;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Depth and complexity, measured on the parsed operation (with its variables) before any field runs;
 * over a limit, nothing runs and the answer is one error classified {@code QUERY_TOO_DEEP} or
 * {@code QUERY_TOO_COMPLEX} with the limit and the measured value in its extensions. Complexity is one
 * per field, and a field with a {@code first} argument multiplies the cost of its children by it, so
 * nested pages cost what they can fetch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class QueryCostInstrumentation extends SimplePerformantInstrumentation {

	private final GraphQlLimits limits;

	/** Costs of recent (document, operation, cost-relevant variables); a document object lives as long as DocumentCache keeps it. */
	private final Cache<Key, Cost> costs = Caffeine.newBuilder().maximumSize(2_000).build();

	QueryCostInstrumentation(GraphQlLimits limits) {
		this.limits = limits;
	}

	/**
	 * Before validation (whose overlap checks, like normalisation, grow with the expanded document): the
	 * fragment-expanded size, measured in linear time. Documents refused here are never cached.
	 */
	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		checkSize(parameters.getDocument(), parameters.getOperation());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		// again here: a cached document was validated under the limits of its day
		checkSize(context.getDocument(), context.getOperationDefinition().getName());
		Cost cost = this.costs.get(Key.of(context), key -> measure(context));
		if (cost.depth() > this.limits.getMaxDepth()) {
			throw aborted("QUERY_TOO_DEEP", "Query depth " + cost.depth() + " is over the limit of "
					+ this.limits.getMaxDepth() + " (skein.graphql.limits.max-depth)", cost.depth(),
					this.limits.getMaxDepth());
		}
		if (cost.complexity() > this.limits.getMaxComplexity()) {
			throw aborted("QUERY_TOO_COMPLEX", "Query complexity " + cost.complexity() + " is over the limit of "
					+ this.limits.getMaxComplexity()
					+ " (skein.graphql.limits.max-complexity); ask for fewer fields or smaller pages", cost.complexity(),
					this.limits.getMaxComplexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private void checkSize(Document document, String operation) {
		DocumentSize size = DocumentSize.of(document, operation);
		if (size.cyclic()) {
			throw aborted("QUERY_TOO_COMPLEX", "A fragment spreads itself, directly or through others", 1, 0);
		}
		if (size.fields() > this.limits.getMaxComplexity()) {
			throw aborted("QUERY_TOO_COMPLEX", "Query expands to " + size.fields()
					+ " fields once its fragments are spread, over the limit of " + this.limits.getMaxComplexity()
					+ " (skein.graphql.limits.max-complexity)", size.fields(), this.limits.getMaxComplexity());
		}
		if (size.aliases() > this.limits.getMaxAliases()) {
			throw aborted("QUERY_TOO_COMPLEX", "Query has " + size.aliases() + " aliased fields, over the limit of "
					+ this.limits.getMaxAliases() + " (skein.graphql.limits.max-aliases); send separate requests",
					size.aliases(), this.limits.getMaxAliases());
		}
	}

	/** What a cost depends on: the document (parsed once, see DocumentCache), the operation, and the variables that can change it. */
	record Key(Document document, String operation, Map<String, Object> variables) {

		static Key of(ExecutionContext context) {
			// Only Int and Boolean variables can reach a cost: through a `first` argument or @include/@skip.
			Map<String, Object> relevant = new HashMap<>();
			context.getCoercedVariables().toMap().forEach((name, value) -> {
				if (value == null || value instanceof Number || value instanceof Boolean) {
					relevant.put(name, value);
				}
			});
			return new Key(context.getDocument(), context.getOperationDefinition().getName(), relevant);
		}

	}

	record Cost(int depth, long complexity) {
	}

	private static Cost measure(ExecutionContext context) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		int depth = traverser.reducePreOrder((env, deepest) -> Math.max(deepest, depth(env)), 0);
		Map<QueryVisitorFieldEnvironment, Long> children = new HashMap<>();
		long complexity = traverser.reducePostOrder((env, total) -> {
			long own = 1 + multiplier(env) * children.getOrDefault(env, 0L);
			own = Math.min(own, Integer.MAX_VALUE);
			if (env.getParentEnvironment() == null) {
				return total + own;
			}
			children.merge(env.getParentEnvironment(), own, Long::sum);
			return total;
		}, 0L);
		return new Cost(depth, complexity);
	}

	private static int depth(QueryVisitorFieldEnvironment env) {
		int depth = 1;
		for (QueryVisitorFieldEnvironment e = env.getParentEnvironment(); e != null; e = e.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

	private static long multiplier(QueryVisitorFieldEnvironment env) {
		Object first = env.getArguments().get("first");
		return first instanceof Number n ? Math.max(1, Math.min(n.longValue(), 100_000)) : 1;
	}

	static AbortExecutionException aborted(String classification, String message, long actual, long limit) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorClassification.errorClassification(classification))
			.message(message)
			.extensions(Map.of("limit", limit, "actual", actual))
			.build()));
	}

}
