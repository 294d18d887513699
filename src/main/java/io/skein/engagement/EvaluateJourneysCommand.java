package io.skein.engagement;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein evaluate-journeys}: generated behaviour with planted channel and hour preferences
 * ({@link EngagementSimulation}); prints the test phase's open rate on the learnt channel and hour against a
 * fixed schedule (EMAIL at 10:00) and the lift. Exit code 0 when learnt beats fixed. In memory: no graph.
 */
@Component
@Command(name = "evaluate-journeys", mixinStandardHelpOptions = true,
		description = "Learn each synthetic customer's best channel and hour and compare open rates with EMAIL at 10:00.")
class EvaluateJourneysCommand implements Callable<Integer> {

	@Option(names = "--customers", defaultValue = "2000", description = "Synthetic customers (default ${DEFAULT-VALUE}).")
	int customers;

	@Option(names = "--learning-sends", defaultValue = "12",
			description = "Messages per customer at random channels and hours to learn from (default ${DEFAULT-VALUE}).")
	int learningSends;

	@Option(names = "--test-sends", defaultValue = "10",
			description = "Messages per customer in the test phase, each way (default ${DEFAULT-VALUE}).")
	int testSends;

	@Option(names = "--prior-strength", defaultValue = "4", description = "Population prior's weight in sends (default ${DEFAULT-VALUE}).")
	double strength;

	@Option(names = "--seed", defaultValue = "17", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.customers < 1 || this.learningSends < 0 || this.testSends < 1) {
			this.spec.commandLine().getErr().println("evaluate-journeys: --customers and --test-sends must be at least 1");
			return 2;
		}
		EngagementSimulation.Result r = EngagementSimulation.run(new EngagementSimulation.Settings(this.customers,
				this.learningSends, this.testSends, this.seed, this.strength));
		out.printf("journeys: %d customers, %d learning sends each at random channels and hours, %d test sends each way%n",
				r.customers(), this.learningSends, r.testSends());
		out.printf("  planted channel recovered %.3f, hour (3-hour bucket) recovered %.3f%n", r.channelRecovered(),
				r.hourRecovered());
		out.printf("  open rate learnt channel+hour %.3f%n", r.learnt());
		out.printf("  open rate fixed EMAIL 10:00   %.3f%n", r.fixed());
		out.printf("  lift over fixed               %.2fx%n", r.lift());
		out.flush();
		return r.learnt() > r.fixed() ? 0 : 1;
	}

}
