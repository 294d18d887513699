package io.skein.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs Skein as a command: no web server, no demo seeding, Bolt on a free port (so a command can run
 * while nothing else holds the store), then the picocli command named by the first argument.
 * {@code --data-dir DIR} is the short form of {@code --skein.data-dir=DIR}; any {@code --spring.*} or
 * {@code --skein.*} option reaches Spring unchanged, e.g. {@code --spring.neo4j.uri=neo4j://host}.
 * One exception: {@code bench} drives GraphQL over HTTP, so it gets the servlet server on a free localhost port and,
 * unless {@code --data-dir} is given, a fresh store in a temporary directory, and real-time resolution in
 * the writing call ({@code skein.resolution.realtime.mode=sync}) so that its ingest latencies include it.
 */
public final class CommandLineMode {

	private CommandLineMode() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/** The one command that serves HTTP while it runs. */
	static final String BENCH = "bench";

	public static int run(Class<?> application, String[] args) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(isBench(args) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		app.setAdditionalProfiles("cli");
		try (ConfigurableApplicationContext context = app.run(springArguments(args))) {
			return context.getBean(CommandDispatcher.class).dispatch(args);
		}
	}

	/** Spring sees {@code --data-dir DIR} as a property; picocli still sees every argument. */
	static String[] springArguments(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--data-dir") && i + 1 < args.length) {
				out.add("--skein.data-dir=" + args[++i]);
			}
			else if (arg.startsWith("--data-dir=")) {
				out.add("--skein.data-dir=" + arg.substring("--data-dir=".length()));
			}
			else if (arg.startsWith("--spring.") || arg.startsWith("--skein.") || arg.startsWith("--logging.")) {
				out.add(arg);
			}
		}
		if (isBench(args)) {
			addUnlessGiven(out, "server.port", "0");
			addUnlessGiven(out, "server.address", "localhost");
			addUnlessGiven(out, "skein.data-dir", freshDirectory());
			// Real-time ingest is timed with its resolution inside the call, as a caller who needs the answer sees it.
			addUnlessGiven(out, "skein.resolution.realtime.mode", "sync");
		}
		return out.toArray(String[]::new);
	}

	private static boolean isBench(String[] args) {
		return args.length > 0 && BENCH.equals(args[0]);
	}

	private static void addUnlessGiven(List<String> springArgs, String property, String value) {
		if (springArgs.stream().noneMatch(a -> a.startsWith("--" + property + "="))) {
			springArgs.add("--" + property + "=" + value);
		}
	}

	private static String freshDirectory() {
		try {
			return Files.createTempDirectory("skein-bench-store-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
