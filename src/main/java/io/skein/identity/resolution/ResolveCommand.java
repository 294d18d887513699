package io.skein.identity.resolution;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code skein resolve [--data-dir DIR]}: resolves every stored record and prints what changed. */
@Component
@Command(name = "resolve", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
		exitCodeOnExecutionException = 1,
		description = { "Resolves identities over every stored record: retrains the match model,",
				"scores candidate pairs, clusters them with the steward's decisions and",
				"merges or splits customers to match. The same records give the same",
				"clusters in any order." })
class ResolveCommand implements Callable<Integer> {

	private final ResolutionService resolution;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Embedded Neo4j data directory (default ./data). Ignored when --spring.neo4j.uri is given.")
	java.nio.file.Path dataDir;

	@Spec
	CommandSpec spec;

	ResolveCommand(ResolutionService resolution) {
		this.resolution = resolution;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		out.print(this.resolution.resolve().summary());
		out.flush();
		return 0;
	}

}
