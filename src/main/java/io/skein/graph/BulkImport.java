package io.skein.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import org.springframework.util.FileSystemUtils;

/**
 * Neo4j's bulk importer, the engine of {@code neo4j-admin database import full}, run in this process on CSV
 * files in its format (typed headers such as {@code id:ID(Customer)}, {@code at:datetime}, {@code keys:string[]}
 * with {@code ;} between array items). It writes a whole database at once, without transactions, replacing the
 * database {@code neo4j} under a store's home: run it through {@link EmbeddedNeo4j#restartWith}, while the
 * store is stopped. Schema (constraints, indexes) is not imported: the migrations create it at the next start.
 * A failed import leaves the store empty, never half-written.
 *
 * @param nodes node files, each with the labels its rows get (a {@code :LABEL} column may add more)
 * @param relationships relationship files, each with its type
 * @param multilineFields whether a quoted field may hold a line break (slower: the importer reads such files whole)
 */
public record BulkImport(List<NodeFile> nodes, List<RelationshipFile> relationships, boolean multilineFields) {

	private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

	public BulkImport {
		nodes = List.copyOf(nodes);
		relationships = List.copyOf(relationships);
	}

	public BulkImport(List<NodeFile> nodes, List<RelationshipFile> relationships) {
		this(nodes, relationships, false);
	}

	/** Node files (a header file, then data files without one) and the labels of their rows. */
	public record NodeFile(List<String> labels, List<Path> files) {

		public NodeFile {
			labels = List.copyOf(labels);
			files = List.copyOf(files);
		}

		public NodeFile(List<String> labels, Path file) {
			this(labels, List.of(file));
		}

	}

	/** Relationship files (a header file, then data files without one) and the type of their rows. */
	public record RelationshipFile(String type, List<Path> files) {

		public RelationshipFile {
			files = List.copyOf(files);
		}

		public RelationshipFile(String type, Path file) {
			this(type, List.of(file));
		}

	}

	/** The importer's arguments, {@code neo4j-admin database import full} as run here (for an outside store too). */
	public List<String> arguments() {
		List<String> args = new ArrayList<>();
		for (NodeFile node : this.nodes) {
			args.add("--nodes=" + (node.labels().isEmpty() ? "" : String.join(":", node.labels()) + "=") + paths(node.files()));
		}
		for (RelationshipFile relationship : this.relationships) {
			args.add("--relationships=" + relationship.type() + "=" + paths(relationship.files()));
		}
		args.addAll(List.of("--array-delimiter=" + BulkImportFiles.ARRAY_DELIMITER_OPTION, "--bad-tolerance=0",
				"--multiline-fields=" + this.multilineFields));
		return args;
	}

	private static String paths(List<Path> files) {
		return String.join(",", files.stream().map(Path::toString).toList());
	}

	/** The same import with every file named relative to {@code dir} (for an arguments file kept beside them). */
	public BulkImport relativeTo(Path dir) {
		return map(f -> dir.toAbsolutePath().relativize(f.toAbsolutePath()));
	}

	private BulkImport map(java.util.function.UnaryOperator<Path> naming) {
		return new BulkImport(
				this.nodes.stream().map(n -> new NodeFile(n.labels(), n.files().stream().map(naming).toList())).toList(),
				this.relationships.stream()
					.map(r -> new RelationshipFile(r.type(), r.files().stream().map(naming).toList()))
					.toList(),
				this.multilineFields);
	}

	/**
	 * Imports the files into the database {@code neo4j} under {@code home}, replacing it; the importer's report
	 * of bad entries goes to {@code import.report} beside the store, its output to {@code bulk-import.log}. Fails, with the importer's own words, on
	 * any bad entry: a bootstrap must not load a graph with rows left out.
	 */
	public void into(Path home) throws IOException {
		Path conf = Files.createDirectories(home.resolve("conf"));
		List<String> args = new ArrayList<>(map(Path::toAbsolutePath).arguments());
		args.addAll(List.of("--overwrite-destination=true", "--verbose",
				"--threads=" + Runtime.getRuntime().availableProcessors(),
				"--report-file=" + home.resolve("import.report").toAbsolutePath(), "neo4j"));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		long start = System.nanoTime();
		int exit;
		try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			ExecutionContext context = new ExecutionContext(home, conf, out, out, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
			exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
		}
		String said = output.toString(StandardCharsets.UTF_8);
		// the importer's own account of its stages, for an operator (beside the store, as its report is)
		Files.writeString(home.resolve("bulk-import.log"), said, StandardCharsets.UTF_8);
		if (exit != 0) {
			// its half-written files would not start: the store starts empty instead (it was replaced either way)
			FileSystemUtils.deleteRecursively(home.resolve("data/databases/neo4j"));
			FileSystemUtils.deleteRecursively(home.resolve("data/transactions/neo4j"));
			throw new IOException("Neo4j's bulk importer failed (exit " + exit + "), the store is empty: " + problem(said)
					+ report(home));
		}
		log.info("Bulk import into {} took {} ms: {}", home, (System.nanoTime() - start) / 1_000_000, summary(said));
	}

	/** The bad entries the importer names in its report, if it wrote any. */
	private static String report(Path home) throws IOException {
		Path report = home.resolve("import.report");
		return Files.isRegularFile(report) && Files.size(report) > 0 ? "; its report: " + tail(Files.readString(report)) : "";
	}

	/**
	 * The importer's own words on what failed: its output without progress lines, stack frames and the raw
	 * field values it quotes (a property value may be personal data; ids, files, lines and headers stay).
	 */
	private static String problem(String output) {
		List<String> words = output.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith(".") && !line.startsWith("at ") && !line.startsWith("raw field value") && !line.matches("\\.\\.\\. \\d+ more"))
			.toList();
		return String.join(" | ", words.subList(Math.max(0, words.size() - 12), words.size()));
	}

	private static String tail(String output) {
		String trimmed = output.strip();
		return trimmed.length() <= 2000 ? trimmed : "…" + trimmed.substring(trimmed.length() - 2000);
	}

	/** The importer's closing lines (counts of nodes, relationships, properties). */
	private static String summary(String output) {
		int done = output.indexOf("IMPORT DONE");
		return done < 0 ? tail(output) : output.substring(done).strip().replaceAll("\\s+", " ");
	}

}
