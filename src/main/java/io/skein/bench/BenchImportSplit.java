package io.skein.bench;

import java.util.Set;

import io.skein.ingest.BootstrapLoad;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;

/**
 * How the bench splits one import of records and events ({@code import RECORDS EVENTS}, as a user types it)
 * into its records part and its events part, so the table keeps its records/s beside the ceiling's. With
 * {@code --bootstrap}: the records' memory phase and the end resolution are the records' time; everything else
 * (events, waiting for the background writes, the end's writes, derived state) is the events'. The records'
 * writes run beside the memory work, so they are not added. Without it: the time until the records file was
 * ingested ({@link RecordsIngested}) and the end resolution are the records'; the events' ingestion and the
 * derived state, brought up to date once for the whole import, are the events'. Lines/s is over the whole
 * import either way.
 */
final class BenchImportSplit {

	private static final Set<String> RECORD_PHASES = Set.of(BootstrapLoad.RECORDS_MEMORY, ImportService.END_RESOLUTION);

	private BenchImportSplit() {
	}

	/** The transactional import's records part: the records file ingested, then the end resolution. */
	static long recordNanos(ImportSummary both, long recordsIngestedNanos) {
		return recordsIngestedNanos + both.phases()
			.stream()
			.filter(p -> p.name().equals(ImportService.END_RESOLUTION))
			.mapToLong(p -> p.took().toNanos())
			.sum();
	}

	/** Notes when an import's read lines first reach the records file's count: its records are ingested. */
	static final class RecordsIngested implements io.skein.ingest.cli.ImportProgress {

		private final long recordLines;

		private final long start = System.nanoTime();

		private long nanos = -1;

		RecordsIngested(long recordLines) {
			this.recordLines = recordLines;
		}

		@Override
		public void update(long bytesRead, long totalBytes, long lines) {
			if (this.nanos < 0 && lines >= this.recordLines) {
				this.nanos = System.nanoTime() - this.start;
			}
		}

		@Override
		public void done() {
			update(0, 0, Long.MAX_VALUE);
		}

		/** From this object's creation until the records were ingested. */
		long nanos() {
			return this.nanos;
		}

	}

	static long recordNanos(ImportSummary both) {
		return both.phases()
			.stream()
			.filter(p -> RECORD_PHASES.contains(p.name()))
			.mapToLong(p -> p.took().toNanos())
			.sum();
	}

}
