package io.skein.ingest;

/** What ingesting one item did. */
public enum IngestStatus {

	CREATED, UPDATED, UNCHANGED, REJECTED

}
