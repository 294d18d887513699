package io.skein;

import io.skein.cli.CommandLineMode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Skein: a Customer-360 identity graph. Without a command it serves GraphQL (and GraphiQL) over HTTP;
 * with one ({@code import}, {@code export-clusters}, {@code generate}, ...) it runs that command
 * against the same graph and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SkeinApplication {

	public static void main(String[] args) {
		if (CommandLineMode.isCommand(args)) {
			System.exit(CommandLineMode.run(SkeinApplication.class, args));
		}
		SpringApplication.run(SkeinApplication.class, args);
	}

}
