package io.skein.graphql;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** ISO-8601 instants, always written in UTC; read from any offset. */
final class DateTimeScalar {

	static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 instant")
		.coercing(new Coercing<Object, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				Instant instant;
				if (value instanceof Instant i) {
					instant = i;
				}
				else if (value instanceof ZonedDateTime z) {
					instant = z.toInstant();
				}
				else if (value instanceof OffsetDateTime o) {
					instant = o.toInstant();
				}
				else {
					throw new CoercingSerializeException("Not a date-time: " + value);
				}
				return DateTimeFormatter.ISO_INSTANT.format(instant);
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String s) {
					return parse(s, CoercingParseValueException::new);
				}
				throw new CoercingParseValueException("Expected an ISO-8601 string, got " + input);
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue s) {
					return parse(s.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("Expected an ISO-8601 string");
			}

		})
		.build();

	private DateTimeScalar() {
	}

	private static <E extends RuntimeException> OffsetDateTime parse(String text,
			java.util.function.Function<String, E> error) {
		try {
			return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			throw error.apply("Not an ISO-8601 date-time with offset: " + text);
		}
	}

}
