package io.skein.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct GraphQL document once: clients send the same few documents with
 * different variables, and parsing plus validation is a tenth of a customer-360's cost. Only valid
 * documents are kept (a bounded number, least recently used out), so junk cannot fill the cache.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	static final int MAX_DOCUMENTS = 500;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumSize(MAX_DOCUMENTS)
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.getIfPresent(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	long size() {
		return this.documents.estimatedSize();
	}

}
