package io.skein.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Reliability tests" paragraph quotes the numbers the reliability tests run with: the kill
 * point, the writers and shuffles, the refused share and fresh seeds, and which mutations a second call
 * refuses. Each is read from the test that uses it, so a number changed in one place and not the other
 * fails here.
 */
class ReadmeReliabilityTest {

	@Test
	void readmeQuotesTheNumbersTheReliabilityTestsRunWith() throws IOException {
		String section = section();
		assertThat(section).contains("`kill -9` of an import once " + percent(KillDuringImportTest.KILL_AT)
				+ " of its lines are stored");
		assertThat(section).contains(ConcurrentWritersTest.WRITERS + " concurrent writers over HTTP");
		assertThat(section).contains("for " + ConcurrentWritersTest.SHUFFLES.length + " shuffles");
		assertThat(section).contains("at most " + percent(RandomSequencesTest.MAX_REFUSED_SHARE)
				+ " of the valid steward steps are refused");
		assertThat(section).contains("Each run adds " + RandomSequencesTest.FRESH_SEEDS + " fresh seeds");
		assertThat(section).contains("`src/test/resources/reliability/deliberate-breaks.md`");
	}

	@Test
	void readmeNamesTheMutationsWhoseSecondCallIsRefused() throws IOException {
		Matcher quoted = Pattern.compile("succeeding again or, for (.*?), refused with a classified error").matcher(section());
		assertThat(quoted.find()).as("README's replay sentence").isTrue();
		TreeSet<String> named = new TreeSet<>();
		Matcher name = Pattern.compile("`(\\w+)`").matcher(quoted.group(1));
		while (name.find()) {
			named.add(name.group(1));
		}
		List<String> refused = MutationReplayTest.SECOND.entrySet()
			.stream()
			.filter(e -> e.getValue() == MutationReplayTest.Second.REFUSED)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		assertThat(named).containsExactlyElementsOf(refused);
	}

	private static String section() throws IOException {
		String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
		int start = readme.indexOf("**Reliability tests**");
		assertThat(start).as("README has a Reliability tests paragraph").isNotNegative();
		int end = readme.indexOf("**Security tests**", start);
		return readme.substring(start, end > start ? end : readme.length());
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

}
