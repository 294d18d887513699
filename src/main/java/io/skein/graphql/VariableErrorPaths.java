package io.skein.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * graphql-java refuses a request whose variables do not fit their declared types with a message that
 * names the variable but not where inside it ("Variable 'records' has an invalid value: Expected a Number
 * input"). A batch of a thousand records then gives no clue which one is wrong. This finds the first
 * value that does not fit and adds its path ({@code records[3].accounts[0].balance}) to the message and
 * as {@code extensions.field}. The request stays refused whole: nothing of it is stored (issue 13,
 * finding 9).
 */
@Component
class VariableErrorPaths implements WebGraphQlInterceptor {

	private static final String PREFIX = "Variable '";

	private final ObjectProvider<GraphQlSource> source;

	VariableErrorPaths(ObjectProvider<GraphQlSource> source) {
		this.source = source;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.isValid() || response.getErrors().stream().noneMatch(e -> variableOf(e) != null)) {
				return response;
			}
			List<GraphQLError> errors = new ArrayList<>();
			for (ResponseError error : response.getErrors()) {
				Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
				extensions.remove("classification");
				String message = error.getMessage();
				String variable = variableOf(error);
				String path = variable == null ? null : pathOf(request, variable);
				if (path != null) {
					message = message + " (at " + path + ")";
					extensions.put("field", path);
				}
				errors.add(GraphqlErrorBuilder.newError()
					.message(message)
					.locations(error.getLocations())
					.errorType(error.getErrorType())
					.extensions(extensions)
					.build());
			}
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static String variableOf(ResponseError error) {
		String message = error.getMessage();
		if (message == null || !message.startsWith(PREFIX) || !message.contains("' has an invalid value")) {
			return null;
		}
		return message.substring(PREFIX.length(), message.indexOf('\'', PREFIX.length()));
	}

	/** The path of the first value inside the variable that does not fit its type, or null. */
	private String pathOf(WebGraphQlRequest request, String variable) {
		try {
			GraphQLSchema schema = this.source.getObject().schema();
			Document document = Parser.parse(request.getDocument());
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				for (VariableDefinition definition : operation.getVariableDefinitions()) {
					if (definition.getName().equals(variable)) {
						return misfit(variable, request.getVariables().get(variable), type(schema, definition.getType()));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// best effort: the original message stands
		}
		return null;
	}

	private static GraphQLInputType type(GraphQLSchema schema, Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return GraphQLNonNull.nonNull(type(schema, nonNull.getType()));
		}
		if (type instanceof ListType list) {
			return GraphQLList.list(type(schema, list.getType()));
		}
		return (GraphQLInputType) schema.getType(((TypeName) type).getName());
	}

	private static String misfit(String path, Object value, GraphQLType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value == null ? path : misfit(path, value, nonNull.getWrappedType());
		}
		if (value == null) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			if (!(value instanceof List<?> items)) {
				return misfit(path, value, list.getWrappedType());
			}
			for (int i = 0; i < items.size(); i++) {
				String inner = misfit(path + "[" + i + "]", items.get(i), list.getWrappedType());
				if (inner != null) {
					return inner;
				}
			}
			return null;
		}
		if (type instanceof GraphQLInputObjectType object) {
			if (!(value instanceof Map<?, ?> map)) {
				return path;
			}
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				GraphQLInputObjectField field = object.getField(String.valueOf(entry.getKey()));
				String inner = field == null ? path + "." + entry.getKey()
						: misfit(path + "." + entry.getKey(), entry.getValue(), field.getType());
				if (inner != null) {
					return inner;
				}
			}
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (field.getType() instanceof GraphQLNonNull && map.get(field.getName()) == null
						&& !field.hasSetDefaultValue()) {
					return path + "." + field.getName();
				}
			}
			return null;
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValue(String.valueOf(value)) == null ? path : null;
		}
		if (type instanceof GraphQLScalarType scalar) {
			try {
				scalar.getCoercing().parseValue(value, graphql.GraphQLContext.getDefault(), java.util.Locale.ROOT);
				return null;
			}
			catch (RuntimeException ex) {
				return path;
			}
		}
		return null;
	}

}
