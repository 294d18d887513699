package io.skein.identity.resolution;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein resolve [--retrain-only | --keep-model | --explain-model] [--data-dir DIR]}: resolves every stored record and
 * prints what changed; or only retrains the model; or reconciles with the stored model.
 */
@Component
@Command(name = "resolve", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
		exitCodeOnExecutionException = 1,
		description = { "Resolves identities over every stored record: retrains the match model,",
				"scores candidate pairs, clusters them with the steward's decisions and",
				"merges or splits customers to match. The same records give the same",
				"clusters in any order. (Every write already resolves the records it",
				"changed with the stored model: this is the full reconciliation.)" })
class ResolveCommand implements Callable<Integer> {

	private final ResolutionService resolution;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Embedded Neo4j data directory (default ./data). Ignored when --spring.neo4j.uri is given.")
	java.nio.file.Path dataDir;

	@Option(names = "--retrain-only",
			description = "Retrain the match model on every stored record and store it; reconcile nothing (writes use it from now on).")
	boolean retrainOnly;

	@Option(names = "--keep-model", description = "Reconcile every record with the stored model, without retraining.")
	boolean keepModel;

	@Option(names = "--explain-model",
			description = "Print the stored match model (m, u and weight of every attribute level) and resolve nothing.")
	boolean explainModel;

	@Spec
	CommandSpec spec;

	private final ModelStore models;

	ResolveCommand(ResolutionService resolution, ModelStore models) {
		this.resolution = resolution;
		this.models = models;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.explainModel) {
			out.print(MatchModelView.of(this.models.current()).table());
			out.flush();
			return 0;
		}
		if (this.retrainOnly && this.keepModel) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--retrain-only and --keep-model exclude each other");
		}
		if (this.retrainOnly) {
			ModelStore.StoredModel model = this.resolution.retrain();
			out.printf("model              %s on %d records, stored%n", model.defaulted() ? "default (too few records)"
					: "trained (EM)", model.records());
		}
		else {
			out.print(this.resolution.resolve(!this.keepModel).summary());
		}
		out.flush();
		return 0;
	}

}
