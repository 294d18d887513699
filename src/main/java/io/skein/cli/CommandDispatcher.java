package io.skein.cli;

import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Builds the {@code skein} picocli command from every {@code @Command} bean and runs the one asked for. */
@Component
class CommandDispatcher {

	private final ApplicationContext context;

	CommandDispatcher(ApplicationContext context) {
		this.context = context;
	}

	int dispatch(String[] args) {
		CommandLine root = new CommandLine(new SkeinCommand());
		Map<String, Object> commands = this.context.getBeansWithAnnotation(Command.class);
		commands.values().forEach(root::addSubcommand);
		root.setUnmatchedArgumentsAllowed(false);
		return root.execute(picocliArguments(args));
	}

	/** Options meant for Spring were consumed at start-up; picocli gets the command's own. */
	static String[] picocliArguments(String[] args) {
		return java.util.Arrays.stream(args)
			.filter(a -> !(a.startsWith("--spring.") || a.startsWith("--skein.") || a.startsWith("--logging.")))
			.toArray(String[]::new);
	}

	@Command(name = "skein", mixinStandardHelpOptions = true,
			description = "Customer-360 identity graph. Without a command, `java -jar skein.jar` serves GraphQL.")
	static class SkeinCommand implements Runnable {

		@Override
		public void run() {
			new CommandLine(this).usage(System.out);
		}

	}

}
