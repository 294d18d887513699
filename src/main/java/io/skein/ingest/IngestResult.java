package io.skein.ingest;

import java.util.List;

/** The outcome of one item of a batch, in input order. */
public record IngestResult(int index, IngestStatus status, String customerId, List<String> warnings,
		List<ItemError> errors) {

	static IngestResult rejected(int index, List<ItemError> errors) {
		return new IngestResult(index, IngestStatus.REJECTED, null, List.of(), errors);
	}

}
