package io.skein.graphql;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid documents are parsed once and served from the cache; documents with errors are never kept. */
class DocumentCacheTest {

	final DocumentCache cache = new DocumentCache();

	final AtomicInteger parsed = new AtomicInteger();

	@Test
	void aValidDocumentIsParsedOnce() {
		Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
			this.parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};
		PreparsedDocumentEntry first = this.cache.getDocumentAsync(input("{ customers { totalCount } }"), parse).join();
		PreparsedDocumentEntry second = this.cache.getDocumentAsync(input("{ customers { totalCount } }"), parse).join();
		this.cache.getDocumentAsync(input("{ customer(id: \"c\") { id } }"), parse).join();

		assertThat(second).isSameAs(first);
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.size()).isEqualTo(2);
	}

	@Test
	void aDocumentWithErrorsIsParsedEveryTime() {
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
			this.parsed.incrementAndGet();
			return new PreparsedDocumentEntry(ValidationError.newValidationError()
				.validationErrorType(ValidationErrorType.FieldUndefined)
				.description("no such field")
				.build());
		};
		this.cache.getDocumentAsync(input("{ nope }"), invalid).join();
		PreparsedDocumentEntry again = this.cache.getDocumentAsync(input("{ nope }"), invalid).join();

		assertThat(again.hasErrors()).isTrue();
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
