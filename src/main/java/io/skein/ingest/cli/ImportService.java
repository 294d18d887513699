package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.ingest.IngestStatus;
import io.skein.ingest.ItemError;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Imports files in the order given, line by line, through {@link IngestService}: a line with an
 * {@code eventId} is tracked as an event, any other object is ingested as a record, and a line that is
 * not a JSON object is rejected with its reason. A rejected line never stops the import; a file that
 * cannot be read does ({@link ImportFailedException}). Replaying a file changes nothing.
 */
@Service
public class ImportService {

	/** Lines handed to ingestion at once; ingestion writes them in chunked transactions. */
	private static final int BATCH = 1000;

	private final IngestService ingest;

	private final Graph graph;

	private final NamedQuery customerCount;

	ImportService(IngestService ingest, Graph graph, CypherQueries queries) {
		this.ingest = ingest;
		this.graph = graph;
		this.customerCount = queries.get("cli/customer-count");
	}

	public ImportSummary importFiles(List<Path> files, String mapping, ImportProgress progress) {
		RecordSources.check(files, mapping);
		long totalBytes = totalBytes(files);
		long start = System.nanoTime();
		ImportSummary.Tally tally = new ImportSummary.Tally();
		long bytesDone = 0;
		try {
			for (Path file : files) {
				try (RecordSource source = RecordSources.open(file, mapping)) {
					List<RecordSource.Item> batch = new ArrayList<>(BATCH);
					RecordSource.Item item;
					while ((item = source.next()) != null) {
						batch.add(item);
						if (batch.size() == BATCH) {
							ingestBatch(file.toString(), batch, tally);
							progress.update(bytesDone + source.bytesRead(), totalBytes, tally.linesRead());
						}
					}
					ingestBatch(file.toString(), batch, tally);
					bytesDone += source.bytesRead();
					progress.update(bytesDone, totalBytes, tally.linesRead());
				}
				catch (IOException ex) {
					throw new ImportFailedException(file + ": cannot read: " + ex.getMessage(), ex);
				}
			}
		}
		finally {
			progress.done();
		}
		Record counts = this.graph.query(this.customerCount, Map.of(), r -> r).get(0);
		return tally.summary(files.size(), counts.get("active").asLong(), counts.get("anonymous").asLong(),
				Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Ingests the lines read so far as one batch (written in chunked transactions, in file order) and
	 * empties it. Items are ingested at the root path, so errors name bare fields ({@code sourceId}).
	 */
	private void ingestBatch(String file, List<RecordSource.Item> batch, ImportSummary.Tally tally) {
		List<IngestService.Item> readable = new ArrayList<>();
		for (RecordSource.Item item : batch) {
			if (item.isReadable()) {
				readable.add(new IngestService.Item(index(item), item.isEvent() ? IngestService.Item.Kind.EVENT
						: IngestService.Item.Kind.RECORD, item.json(), ""));
			}
		}
		Iterator<IngestResult> results = this.ingest.ingest(readable).iterator();
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
