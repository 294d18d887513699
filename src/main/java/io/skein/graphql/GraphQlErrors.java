package io.skein.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a classification and, for bad input, the field at fault in
 * {@code extensions.field}. Anything unexpected is logged and answered as INTERNAL_ERROR without a stack
 * trace or internal detail.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(invalid instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST)
				.message(invalid.field() + ": " + invalid.getMessage())
				.extensions(Map.of("field", invalid.field()))
				.build();
		}
		log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error while resolving " + env.getExecutionStepInfo().getPath())
			.build();
	}

}
