package io.skein.identity.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The picocli command on its own (no Spring context): parses its options and prints the figures. */
class EvaluateCommandTest {

	@Test
	void printsTheFigures() {
		String file = DatasetTargetsTest.datasets().resolve("splink_fake_1000/fake_1000.csv").toString();
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		int exitCode;
		try {
			System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
			exitCode = new CommandLine(new EvaluateCommand()).execute("--in-memory", "--mapping", "splink_fake_1000", file);
		}
		finally {
			System.setOut(original);
		}
		assertThat(exitCode).isZero();
		assertThat(captured.toString(StandardCharsets.UTF_8)).contains("pairwise precision", "pairwise F1",
				"B-cubed", "over-merged", "pairs compared", "of 499500");
	}

}
