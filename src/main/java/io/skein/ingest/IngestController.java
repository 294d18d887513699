package io.skein.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.skein.audit.PendingAuditEntry;
import io.skein.graph.Graph;
import io.skein.graphql.InvalidInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestRecords} and {@code track}: a result per item, plus one GraphQL error per rejected item
 * naming its field, so a client sees at a glance what to fix while the good items are stored. A call that
 * commits in one transaction stores its audit entry in it.
 */
@Controller
class IngestController {

	private final IngestService ingest;

	IngestController(IngestService ingest) {
		this.ingest = ingest;
	}

	@MutationMapping
	DataFetcherResult<List<IngestResult>> ingestRecords(@Argument List<Map<String, Object>> records,
			DataFetchingEnvironment env) {
		checkBatch("records", records);
		return withErrors(this.ingest.ingestRecords(records, "records", audited(env)), env);
	}

	@MutationMapping
	DataFetcherResult<List<IngestResult>> track(@Argument List<Map<String, Object>> events,
			DataFetchingEnvironment env) {
		checkBatch("events", events);
		return withErrors(this.ingest.track(events, "events", audited(env)), env);
	}

	/** The call's audit entry, stored in the call's write transaction when it has one: one commit per call. */
	private static IngestService.InTheCallsTransaction audited(DataFetchingEnvironment env) {
		PendingAuditEntry entry = PendingAuditEntry.of(env);
		return new IngestService.InTheCallsTransaction() {

			@Override
			public void write(Graph.Tx tx, List<IngestResult> answer) {
				entry.writeIn(tx, withErrors(answer, env), env);
			}

			@Override
			public void committed() {
				entry.committed();
			}

		};
	}

	private void checkBatch(String field, List<?> items) {
		if (items.size() > this.ingest.limits().maxBatchSize()) {
			throw new InvalidInputException(field, "batch of " + items.size() + " items is over the limit of "
					+ this.ingest.limits().maxBatchSize() + "; split it into smaller calls");
		}
	}

	private static DataFetcherResult<List<IngestResult>> withErrors(List<IngestResult> results,
			DataFetchingEnvironment env) {
		List<GraphQLError> errors = new ArrayList<>();
		for (IngestResult result : results) {
			for (ItemError error : result.errors()) {
				errors.add(GraphqlErrorBuilder.newError(env)
					.errorType(ErrorType.BAD_REQUEST)
					.message(error.field() + ": " + error.message())
					.extensions(Map.of("field", error.field(), "index", result.index()))
					.build());
			}
		}
		return DataFetcherResult.<List<IngestResult>>newResult().data(results).errors(errors).build();
	}

}
