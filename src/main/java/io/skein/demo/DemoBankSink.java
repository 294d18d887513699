package io.skein.demo;

import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;

/**
 * Where a generated bank goes, one item at a time and person by person, so a million people never sit in
 * memory: files ({@link DemoBankGenerator#writeTo}) or straight into ingestion for a benchmark.
 */
public interface DemoBankSink {

	/** A source record, and the truth that it belongs to {@code personId}. */
	void record(String personId, RecordInput record);

	void event(EventInput event);

	void purpose(PurposeTruth truth);

}
