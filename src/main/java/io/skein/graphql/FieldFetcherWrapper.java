package io.skein.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

/**
 * Wraps the data fetcher of a schema field that needs something (access, masks, limits, audit), once, when
 * the schema is built ({@link FieldWrapping}), instead of deciding it per fetched value in an
 * instrumentation: fields that need nothing keep their own fetcher, so graphql-java reads them without
 * building a {@code DataFetchingEnvironment}. Wrappers are applied in bean order, the first innermost,
 * as graphql-java chains {@code instrumentDataFetcher}.
 */
@FunctionalInterface
public interface FieldFetcherWrapper {

	/** The fetcher for this field: {@code fetcher} itself when the field needs nothing of this wrapper. */
	DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher);

	/**
	 * {@code wrapper}, marked trivial when {@code delegate} is: a wrapper that does no I/O of its own does not
	 * turn a property read into a fetch (graphql-java and Spring's observations treat the two apart).
	 */
	static DataFetcher<?> like(DataFetcher<?> delegate, DataFetcher<?> wrapper) {
		return delegate instanceof TrivialDataFetcher<?> ? new Trivial(wrapper) : wrapper;
	}

	/** A wrapper around a trivial fetcher. */
	record Trivial(DataFetcher<?> wrapper) implements TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment environment) throws Exception {
			return this.wrapper.get(environment);
		}

	}

}
