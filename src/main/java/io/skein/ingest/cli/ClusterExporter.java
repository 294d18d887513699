package io.skein.ingest.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Writes the identity clusters as RFC 4180 CSV ({@code source,sourceId,customerId}, CRLF line ends): one
 * row per source record with its current active customer, sorted by source then sourceId, read in
 * keyset pages so memory stays flat however many records there are. The file appears complete or not
 * at all: rows go to a temporary file beside it that is moved into place at the end. The same graph
 * always gives the same bytes.
 */
@Service
public class ClusterExporter {

	static final String[] HEADER = { "source", "sourceId", "customerId" };

	private final Graph graph;

	private final NamedQuery page;

	private final NamedQuery customers;

	private final int pageSize;

	@Autowired
	ClusterExporter(Graph graph, CypherQueries queries) {
		this(graph, queries, 5000);
	}

	/** With another page size: tests use tiny pages to prove that paging neither loses nor repeats rows. */
	ClusterExporter(Graph graph, CypherQueries queries, int pageSize) {
		this.graph = graph;
		this.page = queries.get("cli/clusters-page");
		this.customers = queries.get("cli/clustered-customers");
		this.pageSize = pageSize;
	}

	/** What an export wrote. */
	public record Exported(Path file, long rows, long customers) {
	}

	private record Row(String source, String sourceId, String customerId) {
	}

	public Exported export(Path out) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
		try {
			long rows;
			CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
			try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
					CSVPrinter csv = new CSVPrinter(writer, format)) {
				rows = writeRows(csv);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			long customerCount = this.graph.query(this.customers, Map.of(), r -> r.get("customers").asLong()).get(0);
			return new Exported(out, rows, customerCount);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private long writeRows(CSVPrinter csv) throws IOException {
		long rows = 0;
		String afterSource = "";
		String afterSourceId = "";
		while (true) {
			List<Row> rowsOfPage = this.graph.query(this.page,
					Map.of("afterSource", afterSource, "afterSourceId", afterSourceId, "pageSize", this.pageSize),
					r -> new Row(r.get("source").asString(), r.get("sourceId").asString(),
							r.get("customerId").asString(null)));
			for (Row row : rowsOfPage) {
				csv.printRecord(row.source(), row.sourceId(), row.customerId());
			}
			rows += rowsOfPage.size();
			if (rowsOfPage.size() < this.pageSize) {
				return rows;
			}
			Row last = rowsOfPage.get(rowsOfPage.size() - 1);
			afterSource = last.source();
			afterSourceId = last.sourceId();
		}
	}

}
