package io.skein.ingest.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.skein.SkeinApplication;
import io.skein.cli.CommandLineMode;

/** One CLI command run in process as a user runs it, with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

	/** Runs the command through {@link CommandLineMode#run}, stdout and stderr captured. */
	static CliRun of(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int exitCode = CommandLineMode.run(SkeinApplication.class, args);
			return new CliRun(exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
