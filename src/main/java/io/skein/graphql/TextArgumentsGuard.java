package io.skein.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, before it runs, a field whose arguments carry text that cannot be stored as sent (a NUL,
 * escape or other control character, a lone surrogate: {@link TextCheck}), with a BAD_REQUEST naming the
 * argument path. Batches of records and events are checked per item by ingestion instead, so one bad
 * item is rejected on its own. Only fields that take arguments are wrapped, when the schema is built.
 */
@Component
class TextArgumentsGuard implements FieldFetcherWrapper {

	private static final Set<String> CHECKED_PER_ITEM = Set.of("Mutation.ingestRecords", "Mutation.track");

	@Override
	public DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
		if (field.getArguments().isEmpty() || CHECKED_PER_ITEM.contains(parent.getName() + "." + field.getName())) {
			return fetcher;
		}
		return FieldFetcherWrapper.like(fetcher, e -> {
			for (Map.Entry<String, Object> argument : e.getArguments().entrySet()) {
				String[] problem = problem(argument.getKey(), argument.getValue());
				if (problem != null) {
					return DataFetcherResult.newResult()
						.error(GraphqlErrorBuilder.newError(e)
							.errorType(ErrorType.BAD_REQUEST)
							.message(problem[0] + ": " + problem[1])
							.extensions(Map.of("field", problem[0]))
							.build())
						.build();
				}
			}
			return fetcher.get(e);
		});
	}

	/** The path and problem of the first bad text inside a value, or null. */
	private static String[] problem(String path, Object value) {
		if (value instanceof String text) {
			String problem = TextCheck.problem(text);
			return problem == null ? null : new String[] { path, problem };
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				String keyProblem = TextCheck.problem(key);
				if (keyProblem != null) {
					return new String[] { path, "a key " + keyProblem };
				}
				String[] inner = problem(path + "." + key, entry.getValue());
				if (inner != null) {
					return inner;
				}
			}
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String[] inner = problem(path + "[" + i + "]", list.get(i));
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

}
