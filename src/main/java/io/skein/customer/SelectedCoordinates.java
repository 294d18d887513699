package io.skein.customer;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The schema fields ({@code Type.field}) a request's operation selects anywhere, through fragments and
 * whatever {@code @skip}/{@code @include} say, read from its document (graphql-java's selection set would
 * build a normalised form of the whole operation). It only decides what a view part may leave out: a
 * coordinate counted that is not run costs a column read for nothing, and any selection whose type it
 * cannot follow makes it answer "maybe" for every coordinate.
 */
final class SelectedCoordinates {

	private static final int MAX_DEPTH = 32;

	private final Set<String> coordinates;

	private final boolean complete;

	private SelectedCoordinates(Set<String> coordinates, boolean complete) {
		this.coordinates = coordinates;
		this.complete = complete;
	}

	/** The coordinates this request's operation may select. */
	static SelectedCoordinates of(DataFetchingEnvironment env) {
		OperationDefinition operation = env.getOperationDefinition();
		GraphQLSchema schema = env.getGraphQLSchema();
		GraphQLType root = switch (operation.getOperation()) {
			case QUERY -> schema.getQueryType();
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
		};
		Walk walk = new Walk(schema, env.getFragmentsByName());
		walk.visit(operation.getSelectionSet(), root, 0);
		return new SelectedCoordinates(walk.coordinates, walk.complete);
	}

	/** Whether the operation may select any of these coordinates (always, when it could not be followed). */
	boolean mayInclude(Set<String> wanted) {
		return !this.complete || wanted.stream().anyMatch(this.coordinates::contains);
	}

	private static final class Walk {

		private final GraphQLSchema schema;

		private final Map<String, FragmentDefinition> fragments;

		private final Set<String> coordinates = new HashSet<>();

		private boolean complete = true;

		Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
			this.schema = schema;
			this.fragments = fragments;
		}

		void visit(SelectionSet set, GraphQLType type, int depth) {
			if (set == null) {
				return;
			}
			if (depth > MAX_DEPTH || type == null) {
				// nesting past the limit, or a type this schema does not have: not followed
				this.complete = false;
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					field(field, type, depth);
				}
				else if (selection instanceof InlineFragment inline) {
					visit(inline.getSelectionSet(), inline.getTypeCondition() == null ? type
							: this.schema.getType(inline.getTypeCondition().getName()), depth + 1);
				}
				else if (selection instanceof FragmentSpread spread) {
					FragmentDefinition fragment = this.fragments.get(spread.getName());
					if (fragment == null) {
						this.complete = false;
					}
					else {
						visit(fragment.getSelectionSet(), this.schema.getType(fragment.getTypeCondition().getName()),
								depth + 1);
					}
				}
			}
		}

		private void field(Field field, GraphQLType type, int depth) {
			if (!(type instanceof GraphQLFieldsContainer container)) {
				// a union's own fields are __typename only; its members are reached through fragments
				return;
			}
			this.coordinates.add(container.getName() + "." + field.getName());
			if (container instanceof GraphQLInterfaceType face) {
				// selected on an interface: on every type implementing it too
				this.schema.getImplementations(face)
					.forEach(object -> this.coordinates.add(object.getName() + "." + field.getName()));
			}
			GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
			if (definition != null) {
				visit(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), depth + 1);
			}
		}

	}

}
