package io.skein.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Mixin that documents {@code --data-dir} on every command that touches the graph. The value itself is
 * applied before Spring starts (see {@link CommandLineMode}); this field only lets picocli accept it.
 */
public class DataDirOption {

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Embedded Neo4j data directory (default ./data). Ignored when --spring.neo4j.uri is given.")
	Path dataDir;

}
