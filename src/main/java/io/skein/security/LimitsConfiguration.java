package io.skein.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity limits, checked on the parsed operation before anything runs (graphql-java's own
 * analyses, with Skein's limits read per request and errors classified {@code QUERY_TOO_DEEP} and
 * {@code QUERY_TOO_COMPLEX}).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(Integer.MAX_VALUE, info -> info.getDepth() > limits.getMaxDepth()) {

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return aborted("QUERY_TOO_DEEP", "Query depth " + depth + " is over the limit of "
						+ limits.getMaxDepth() + " (skein.graphql.limits.max-depth)", depth, limits.getMaxDepth());
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimits limits) {
		FieldComplexityCalculator cost = (env, childComplexity) -> {
			Object first = env.getArguments().get("first");
			int multiplier = first instanceof Number n ? Math.max(1, n.intValue()) : 1;
			long total = 1L + (long) childComplexity * multiplier;
			return (int) Math.min(Integer.MAX_VALUE / 2, total);
		};
		return new MaxQueryComplexityInstrumentation(Integer.MAX_VALUE, cost,
				info -> info.getComplexity() > limits.getMaxComplexity()) {

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return aborted("QUERY_TOO_COMPLEX", "Query complexity " + complexity + " is over the limit of "
						+ limits.getMaxComplexity() + " (skein.graphql.limits.max-complexity); ask for fewer fields or smaller pages",
						complexity, limits.getMaxComplexity());
			}

		};
	}

	static AbortExecutionException aborted(String classification, String message, long actual, long limit) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorClassification.errorClassification(classification))
			.message(message)
			.extensions(Map.of("limit", limit, "actual", actual))
			.build()));
	}

}
