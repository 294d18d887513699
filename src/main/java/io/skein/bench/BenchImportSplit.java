package io.skein.bench;

import java.util.Set;

import io.skein.ingest.BootstrapLoad;
import io.skein.ingest.cli.ImportService;
import io.skein.ingest.cli.ImportSummary;

/**
 * How the bench splits one {@code --bootstrap} import of records and events into its records part and its
 * events part, so the table keeps its records/s beside the ceiling's: the records' memory phase and the end
 * resolution are the records' time; everything else (events, waiting for the background writes, the end's
 * writes, derived state) is the events'. The records' writes run beside the memory work, so they are not
 * added. Lines/s is over the whole import either way.
 */
final class BenchImportSplit {

	private static final Set<String> RECORD_PHASES = Set.of(BootstrapLoad.RECORDS_MEMORY, ImportService.END_RESOLUTION);

	private BenchImportSplit() {
	}

	static long recordNanos(ImportSummary both) {
		return both.phases()
			.stream()
			.filter(p -> RECORD_PHASES.contains(p.name()))
			.mapToLong(p -> p.took().toNanos())
			.sum();
	}

}
