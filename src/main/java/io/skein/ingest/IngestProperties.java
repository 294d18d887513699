package io.skein.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what one request may carry ({@code skein.ingest.*}).
 *
 * @param maxBatchSize items per {@code ingestRecords} or {@code track} call
 * @param maxItemBytes size of one item as canonical JSON
 * @param chunkSize items written per transaction
 */
@ConfigurationProperties("skein.ingest")
public record IngestProperties(int maxBatchSize, int maxItemBytes, int chunkSize) {

	public IngestProperties {
		maxBatchSize = maxBatchSize <= 0 ? 1000 : maxBatchSize;
		maxItemBytes = maxItemBytes <= 0 ? 65536 : maxItemBytes;
		chunkSize = chunkSize <= 0 ? 200 : chunkSize;
	}

}
