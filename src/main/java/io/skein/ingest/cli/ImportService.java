package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
					RecordSource.Item item;
					while ((item = source.next()) != null) {
						tally.add(file.toString(), item, ingest(item));
						progress.update(bytesDone + source.bytesRead(), totalBytes, tally.linesRead());
					}
					bytesDone += source.bytesRead();
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

	/** Items are ingested at the root path, so errors and warnings name bare fields ({@code sourceId}). */
	IngestResult ingest(RecordSource.Item item) {
		int index = (int) Math.min(item.lineNumber(), Integer.MAX_VALUE);
		if (!item.isReadable()) {
			return new IngestResult(index, IngestStatus.REJECTED, null, List.of(),
					List.of(ItemError.badRequest("$", item.problem())));
		}
		return item.isEvent() ? this.ingest.trackEvent(index, item.json(), "")
				: this.ingest.ingestRecord(index, item.json(), "");
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
