package io.skein.customer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * A field selected directly under a customer, with the argument values written or bound to variables
 * (schema defaults are not applied). {@link #of(DataFetchingEnvironment)} reads them from the request's
 * document instead of graphql-java's selection set, whose first use builds a normalised form of the
 * whole operation (about 7% of a customer-360's request thread). What it reads only chooses what
 * {@link CustomerPrefetch} loads ahead: a field it counts that is not run (e.g. under {@code @skip}) costs
 * a column read for nothing, one it misses loads through its DataLoader as before.
 */
record ChildSelection(String name, Map<String, Object> arguments) {

	/** The fields selected under this (customer) field, through fragments; one per name and arguments. */
	static List<ChildSelection> of(DataFetchingEnvironment env) {
		List<ChildSelection> out = new ArrayList<>();
		for (Field field : env.getMergedField().getFields()) {
			collect(field.getSelectionSet(), env, out, 0);
		}
		return out;
	}

	/** The same from graphql-java's selection set (for pages of customers, whose nodes sit deeper). */
	static List<ChildSelection> of(List<SelectedField> fields) {
		return fields.stream().map(f -> new ChildSelection(f.getName(), f.getArguments())).toList();
	}

	private static void collect(SelectionSet set, DataFetchingEnvironment env, List<ChildSelection> out, int depth) {
		if (set == null || depth > 8) {
			// fragments nest at most this deep here; deeper ones are loaded by their DataLoaders
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				ChildSelection child = new ChildSelection(field.getName(), arguments(field.getArguments(), env));
				if (!out.contains(child)) {
					out.add(child);
				}
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), env, out, depth + 1);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = env.getFragmentsByName().get(spread.getName());
				if (fragment != null) {
					collect(fragment.getSelectionSet(), env, out, depth + 1);
				}
			}
		}
	}

	private static Map<String, Object> arguments(List<Argument> arguments, DataFetchingEnvironment env) {
		Map<String, Object> values = new HashMap<>();
		for (Argument argument : arguments) {
			values.put(argument.getName(), value(argument.getValue(), env));
		}
		return values;
	}

	/** Scalars as graphql-java gives them to fetchers; lists and objects as a non-null marker. */
	private static Object value(Value<?> value, DataFetchingEnvironment env) {
		if (value instanceof VariableReference variable) {
			return env.getVariables().get(variable.getName());
		}
		if (value instanceof IntValue i) {
			BigInteger n = i.getValue();
			// out of Int's range the field itself reports the bad argument
			return n.bitLength() < 32 ? n.intValue() : null;
		}
		if (value instanceof StringValue s) {
			return s.getValue();
		}
		if (value instanceof BooleanValue b) {
			return b.isValue();
		}
		if (value instanceof FloatValue f) {
			BigDecimal d = f.getValue();
			return d.doubleValue();
		}
		if (value instanceof NullValue || value == null) {
			return null;
		}
		return value;
	}

}
