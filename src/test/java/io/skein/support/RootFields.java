package io.skein.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The root fields (every query and mutation) of the schema the application serves, for tests generated
 * from the schema: a field added to {@code graphql-schema/} is in this list without anyone adding it.
 */
public final class RootFields {

	private RootFields() {
	}

	/** One root field: {@code Query.customer}, {@code Mutation.merge}, ... */
	public record RootField(String type, GraphQLFieldDefinition definition) {

		public String name() {
			return this.definition.getName();
		}

		/** {@code Type.field}, the key of the access policy. */
		public String key() {
			return this.type + "." + name();
		}

		public boolean isMutation() {
			return "Mutation".equals(this.type);
		}

		public List<GraphQLArgument> arguments() {
			return this.definition.getArguments();
		}

		/**
		 * A document calling this field with every argument bound to a variable of the argument's own
		 * schema type ({@code $id: ID!}, {@code $records: [SourceRecordInput!]!}), so what reaches the server
		 * is exactly what a client may send, and a hostile value is judged by the resolver, not by document
		 * validation. Composite results select {@code __typename}: the resolver runs, nothing else is asked.
		 */
		public String document() {
			String declarations = arguments().stream()
				.map(a -> "$" + a.getName() + ": " + GraphQLTypeUtil.simplePrint(a.getType()))
				.collect(Collectors.joining(", "));
			String bindings = arguments().stream().map(a -> a.getName() + ": $" + a.getName()).collect(Collectors.joining(", "));
			return (isMutation() ? "mutation" : "query") + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { "
					+ name() + (bindings.isEmpty() ? "" : "(" + bindings + ")") + selection(this.definition.getType()) + " }";
		}

	}

	/** Every query and mutation field of the served schema, queries first, each group by name. */
	public static List<RootField> of(ApplicationContext context) {
		return of(context.getBean(GraphQlSource.class).schema());
	}

	public static List<RootField> of(GraphQLSchema schema) {
		List<RootField> fields = new ArrayList<>();
		for (GraphQLObjectType root : new GraphQLObjectType[] { schema.getQueryType(), schema.getMutationType() }) {
			if (root == null) {
				continue;
			}
			root.getFieldDefinitions()
				.stream()
				.sorted(Comparator.comparing(GraphQLFieldDefinition::getName))
				.forEach(f -> fields.add(new RootField(root.getName(), f)));
		}
		return fields;
	}

	public static List<RootField> mutations(ApplicationContext context) {
		return of(context).stream().filter(RootField::isMutation).toList();
	}

	private static String selection(GraphQLType type) {
		return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType ? " { __typename }" : "";
	}

}
