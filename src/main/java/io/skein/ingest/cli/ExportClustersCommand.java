package io.skein.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.skein.cli.DataDirOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code skein export-clusters --out FILE}: every source record with its customer, as CSV. */
@Component
@Command(name = "export-clusters", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
		exitCodeOnExecutionException = 1, sortOptions = false,
		description = { "Writes CSV source,sourceId,customerId: one row per source record with",
				"its current customer, sorted by source then sourceId. Prints the row",
				"count and the number of distinct customers." })
class ExportClustersCommand implements Callable<Integer> {

	private final ClusterExporter exporter;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write (replaced).")
	Path out;

	@Mixin
	DataDirOption dataDir;

	@Spec
	CommandSpec spec;

	ExportClustersCommand(ClusterExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public Integer call() {
		PrintWriter stdout = this.spec.commandLine().getOut();
		try {
			ClusterExporter.Exported exported = this.exporter.export(this.out);
			stdout.printf("rows:       %d%ncustomers:  %d%nout:        %s%n", exported.rows(), exported.customers(),
					exported.file());
			stdout.flush();
			return 0;
		}
		catch (IOException ex) {
			PrintWriter err = this.spec.commandLine().getErr();
			err.println("export-clusters failed: cannot write " + this.out + ": " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

}
