package io.skein.graphql;

import java.util.List;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link FieldFetcherWrapper}s to every field of the built schema, after Spring has decorated
 * its fetchers (context propagation, reactive values turned into futures), so a wrapper sits where an
 * instrumentation's {@code instrumentDataFetcher} would: around the fetcher graphql-java calls.
 */
@Component
public class FieldWrapping implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<FieldFetcherWrapper> wrappers;

	FieldWrapping(ObjectProvider<FieldFetcherWrapper> wrappers) {
		this.wrappers = wrappers;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.graphQlSourceFactory((graphQl, schema) -> {
			GraphQLSchema wrapped = wrap(schema, this.wrappers.orderedStream().toList());
			return new Source(graphQl.transform(b -> b.schema(wrapped)), wrapped);
		});
	}

	/** The schema with each field's fetcher passed through every wrapper, the first innermost. */
	public static GraphQLSchema wrap(GraphQLSchema schema, List<FieldFetcherWrapper> wrappers) {
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		GraphQLCodeRegistry.Builder changed = GraphQLCodeRegistry.newCodeRegistry(registry);
		for (GraphQLObjectType type : schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.toList()) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				DataFetcher<?> original = registry.getDataFetcher(type, field);
				DataFetcher<?> fetcher = original;
				for (FieldFetcherWrapper wrapper : wrappers) {
					fetcher = wrapper.wrap(type, field, fetcher);
				}
				if (fetcher != original) {
					changed.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
				}
			}
		}
		return schema.transformWithoutTypes(b -> b.codeRegistry(changed));
	}

	/** The GraphQL source Spring serves, on the wrapped schema. */
	private record Source(GraphQL graphQl, GraphQLSchema schema) implements GraphQlSource {
	}

}
