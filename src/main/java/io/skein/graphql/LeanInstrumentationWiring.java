package io.skein.graphql;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Chains the application's instrumentations (the same beans, in the same order, that Spring Boot gives
 * the GraphQL source) as a {@link LeanInstrumentation} instead of graphql-java's plain chain.
 */
@Component
class LeanInstrumentationWiring implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<Instrumentation> instrumentations;

	LeanInstrumentationWiring(ObjectProvider<Instrumentation> instrumentations) {
		this.instrumentations = instrumentations;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl
			.instrumentation(new LeanInstrumentation(this.instrumentations.orderedStream().toList())));
	}

}
