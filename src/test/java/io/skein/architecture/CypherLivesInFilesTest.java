package io.skein.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher lives in {@code cypher/*.cypher} files and is run with bound parameters: no Java string literal
 * in main code may start a Cypher query, so user values cannot be concatenated into one.
 */
class CypherLivesInFilesTest {

	private static final Pattern QUERY_LITERAL = Pattern
		.compile("\"\\s*(MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|WITH|RETURN|DETACH DELETE|DELETE|SET|REMOVE)\\s+\\S");

	/**
	 * The rule compiler is the one place that assembles Cypher in Java, from its own constant fragments;
	 * every user value (names included) is a bound parameter, which its injection tests prove.
	 */
	private static final String RULE_COMPILER = "src/main/java/io/skein/segment/rule/".replace('/', java.io.File.separatorChar);

	@Test
	void noJavaStringLiteralStartsACypherQuery() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.toString().startsWith(RULE_COMPILER))
				.toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher m = QUERY_LITERAL.matcher(lines.get(i));
					if (m.find()) {
						offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(offenders).as("Cypher belongs in cypher/*.cypher").isEmpty();
	}

	@Test
	void theRuleCatchesAnInlineQuery() {
		assertThat(QUERY_LITERAL.matcher("String q = \"MATCH (n) RETURN n\";").find()).isTrue();
		assertThat(QUERY_LITERAL.matcher("log.info(\"Matched {} records\")").find()).isFalse();
		assertThat(QUERY_LITERAL.matcher("queries.get(\"merge\")").find()).isFalse();
	}

	@Test
	void everyPackageSaysWhatItOwns() throws IOException {
		List<String> missing = new ArrayList<>();
		try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/io/skein"))) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				boolean hasJava;
				try (Stream<Path> files = Files.list(dir)) {
					hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
				}
				if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
					missing.add(dir.toString());
				}
			}
		}
		assertThat(missing).as("packages without package-info.java").isEmpty();
	}

}
