package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graph.PlanRefresh;
import io.skein.identity.resolution.RealtimeResolution;
import io.skein.ingest.BootstrapLoad;
import io.skein.ingest.DerivedStateUpkeep;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.ingest.ImportPhases;
import io.skein.ingest.ItemError;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports files in the order given, line by line, through {@link IngestService}: a line with an
 * {@code eventId} is tracked as an event, any other object is ingested as a record, and a line that is
 * not a JSON object is rejected with its reason. A rejected line never stops the import; a file that
 * cannot be read does ({@link ImportFailedException}). Replaying a file changes nothing. The records
 * imported are resolved once, at the end ({@link RealtimeResolution}): a first import trains the model
 * and reconciles the store, as {@code resolve} would, so {@code import} then {@code export-clusters} gives
 * resolved clusters.
 */
@Service
public class ImportService {

	/** Lines handed to ingestion at once; ingestion writes them in chunked transactions. */
	private static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/** Phase names, for {@code --profile} and the bench. */
	public static final String ORDINARY_INGESTION = "ordinary ingestion (IngestService)";

	public static final String END_RESOLUTION = ImportPhases.END_RESOLUTION;

	public static final String DERIVED_STATE = "derived state (consents, segments, purposes, households, drop-offs)";

	private final IngestService ingest;

	private final DerivedStateUpkeep upkeep;

	private final RealtimeResolution resolution;

	private final Graph graph;

	private final NamedQuery customerCount;

	private final BootstrapLoad bootstrap;

	private final PlanRefresh plans;

	ImportService(IngestService ingest, DerivedStateUpkeep upkeep, RealtimeResolution resolution, Graph graph,
			CypherQueries queries, BootstrapLoad bootstrap, PlanRefresh plans) {
		this.bootstrap = bootstrap;
		this.plans = plans;
		this.resolution = resolution;
		this.ingest = ingest;
		this.upkeep = upkeep;
		this.graph = graph;
		this.customerCount = queries.get("cli/customer-count");
	}

	public ImportSummary importFiles(List<Path> files, String mapping, ImportProgress progress) {
		return importFiles(files, mapping, progress, false);
	}

	/**
	 * As above; with {@code bootstrap} (an empty store only, else {@link ImportFailedException}) the leading
	 * records are stitched in memory and written in bulk ({@link BootstrapLoad}), leaving the same graph.
	 */
	public ImportSummary importFiles(List<Path> files, String mapping, ImportProgress progress, boolean bootstrap) {
		return importFiles(files, mapping, progress, bootstrap, BootstrapLoad.Writes.IN_PLACE);
	}

	/**
	 * As above, the bootstrap writing as {@code writes} asks: {@link BootstrapLoad.Writes#BULK_IMPORT} stops the
	 * embedded store for Neo4j's bulk importer at the bootstrap's end, so only a caller owning the store asks it.
	 */
	public ImportSummary importFiles(List<Path> files, String mapping, ImportProgress progress, boolean bootstrap,
			BootstrapLoad.Writes writes) {
		RecordSources.check(files, mapping);
		ImportPhases phases = new ImportPhases();
		BootstrapLoad.Session session = null;
		if (bootstrap) {
			java.util.Optional<String> refusal = this.bootstrap.refusal();
			if (refusal.isPresent()) {
				throw new ImportFailedException(refusal.get(), null);
			}
			session = this.bootstrap.start(phases, writes);
		}
		long totalBytes = totalBytes(files);
		long start = System.nanoTime();
		// the store's size when its query plans were last made for it: the import's start, then each refresh
		AtomicReference<PlanRefresh.Size> planned = new AtomicReference<>(this.plans.size());
		ImportSummary.Tally tally = new ImportSummary.Tally();
		// Derived state is brought up to date once at the end, not once per batch (a customer's events span many),
		// and the records imported are resolved once at the end, before upkeep runs for the customers they left.
		try (DerivedStateUpkeep.Hold held = this.upkeep.hold();
				io.skein.ingest.CoalescingWorker.Hold resolutionHeld = this.resolution.hold()) {
			importAll(files, mapping, progress, tally, totalBytes, session, phases, planned);
		}
		finally {
			progress.done();
		}
		phases.time(DERIVED_STATE, this::awaitUpkeep);
		Record counts = this.graph.query(this.customerCount, Map.of(), r -> r).get(0);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		return tally.summary(files.size(), counts.get("active").asLong(), counts.get("anonymous").asLong(), elapsed,
				withRest(phases, elapsed));
	}

	/** Imports the files in order, then resolves what they changed (also when a file fails part-way). */
	private void importAll(List<Path> files, String mapping, ImportProgress progress, ImportSummary.Tally tally,
			long totalBytes, BootstrapLoad.Session session, ImportPhases phases,
			AtomicReference<PlanRefresh.Size> planned) {
		long bytesDone = 0;
		try {
			for (Path file : files) {
				try (RecordSource source = RecordSources.open(file, mapping)) {
					List<RecordSource.Item> batch = new ArrayList<>(BATCH);
					RecordSource.Item item;
					while ((item = source.next()) != null) {
						batch.add(item);
						if (batch.size() == BATCH) {
							ingestBatch(file.toString(), batch, tally, session, phases, planned);
							progress.update(bytesDone + source.bytesRead(), totalBytes, tally.linesRead());
						}
					}
					ingestBatch(file.toString(), batch, tally, session, phases, planned);
					bytesDone += source.bytesRead();
					progress.update(bytesDone, totalBytes, tally.linesRead());
				}
				catch (IOException ex) {
					throw new ImportFailedException(file + ": cannot read: " + ex.getMessage(), ex);
				}
			}
		}
		finally {
			if (session != null) {
				session.finishImport();
			}
			// the end (resolution, then derived state for every customer touched) runs on plans made for this store
			this.plans.refreshIfGrown(planned.get(), "The import");
			phases.time(END_RESOLUTION, this.resolution::flush);
		}
	}

	/** The phases, and what they leave of the elapsed time (reading and parsing lines, counting). */
	private static List<ImportPhases.Phase> withRest(ImportPhases phases, Duration elapsed) {
		List<ImportPhases.Phase> all = new ArrayList<>(phases.phases());
		Duration rest = elapsed;
		for (ImportPhases.Phase phase : all) {
			if (!phase.overlapped()) {
				rest = rest.minus(phase.took());
			}
		}
		all.add(new ImportPhases.Phase("reading and parsing lines, other", rest, false));
		return List.copyOf(all);
	}

	/** Waits for segments, purposes and drop-offs of what was imported, so the import ends with them current. */
	private void awaitUpkeep() {
		try {
			if (!this.upkeep.awaitIdle(Duration.ofHours(6))) {
				log.warn("Derived state was still being updated when the import returned; the scheduled re-checks will finish it");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Ingests the lines read so far as one batch (written in chunked transactions, in file order) and
	 * empties it. Items are ingested at the root path, so errors name bare fields ({@code sourceId}).
	 */
	private void ingestBatch(String file, List<RecordSource.Item> batch, ImportSummary.Tally tally,
			BootstrapLoad.Session session, ImportPhases phases, AtomicReference<PlanRefresh.Size> planned) {
		List<IngestService.Item> readable = new ArrayList<>();
		for (RecordSource.Item item : batch) {
			if (item.isReadable()) {
				readable.add(new IngestService.Item(index(item), item.isEvent() ? IngestService.Item.Kind.EVENT
						: IngestService.Item.Kind.RECORD, item.json(), ""));
			}
		}
		java.util.Optional<List<IngestResult>> loaded = session == null ? java.util.Optional.empty()
				: session.tryLoad(readable);
		if (session != null && loaded.isEmpty()) {
			// the bootstrap ends at the first batch it cannot take: from here on, ordinary ingestion on top of it
			session.finish();
		}
		Iterator<IngestResult> results = loaded
			.orElseGet(() -> phases.time(ORDINARY_INGESTION, () -> this.ingest.ingest(readable)))
			.iterator();
		if (loaded.isEmpty()) {
			// the next batches run on plans made for the store as it is now
			planned.set(this.plans.refreshIfGrown(planned.get(), "The import").size());
		}
		for (RecordSource.Item item : batch) {
			IngestResult result = item.isReadable() ? results.next()
					: new IngestResult(index(item), IngestStatus.REJECTED, null, List.of(),
							List.of(ItemError.badRequest("$", item.problem())));
			tally.add(file, item, result);
		}
		batch.clear();
	}

	private static int index(RecordSource.Item item) {
		return (int) Math.min(item.lineNumber(), Integer.MAX_VALUE);
	}

	private static long totalBytes(List<Path> files) {
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			}
			catch (IOException ex) {
				throw new ImportFailedException(file + ": cannot read: " + ex.getMessage(), ex);
			}
		}
		return total;
	}

}
