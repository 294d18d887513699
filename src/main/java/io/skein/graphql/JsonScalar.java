package io.skein.graphql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;

/** Any JSON value, so typed attributes and event properties keep their JSON types end to end. */
final class JsonScalar {

	static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("Any JSON value")
		.coercing(new Coercing<Object, Object>() {

			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return value;
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return input;
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return literal(input, variables);
			}

		})
		.build();

	private JsonScalar() {
	}

	private static Object literal(Value<?> value, CoercedVariables variables) {
		if (value instanceof NullValue) {
			return null;
		}
		if (value instanceof StringValue s) {
			return s.getValue();
		}
		if (value instanceof BooleanValue b) {
			return b.isValue();
		}
		if (value instanceof IntValue i) {
			return i.getValue().longValueExact();
		}
		if (value instanceof FloatValue f) {
			return f.getValue().doubleValue();
		}
		if (value instanceof ArrayValue a) {
			return a.getValues().stream().map(v -> literal(v, variables)).toList();
		}
		if (value instanceof ObjectValue o) {
			Map<String, Object> map = new LinkedHashMap<>();
			o.getObjectFields().forEach(f -> map.put(f.getName(), literal(f.getValue(), variables)));
			return map;
		}
		if (value instanceof VariableReference v) {
			return variables.get(v.getName());
		}
		throw new CoercingParseLiteralException("Unsupported JSON literal: " + value);
	}

}
