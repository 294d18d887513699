package io.skein.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.skein.SkeinApplication;
import io.skein.cli.CommandLineMode;

/** Runs {@code skein} as a user does (its own application) and keeps what it printed. */
record BenchCli(int exit, String printed) {

	static BenchCli run(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream stdout = System.out;
		int exit;
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			exit = CommandLineMode.run(SkeinApplication.class, args);
		}
		finally {
			System.setOut(stdout);
		}
		return new BenchCli(exit, printed.toString(StandardCharsets.UTF_8));
	}

}
