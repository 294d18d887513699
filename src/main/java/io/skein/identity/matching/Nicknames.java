package io.skein.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given-name alias groups ("robert, rob, bob, bobby"), one group a line, read from a resource; two names
 * are aliases when some group holds both. The default table is {@code classpath:identity/nicknames.csv}.
 */
public final class Nicknames {

	private static final String DEFAULT_RESOURCE = "identity/nicknames.csv";

	private final Map<String, Set<Integer>> groupsOfName;

	private Nicknames(Map<String, Set<Integer>> groupsOfName) {
		this.groupsOfName = groupsOfName;
	}

	public static Nicknames standard() {
		return fromResource(DEFAULT_RESOURCE);
	}

	public static Nicknames fromResource(String resource) {
		try (InputStream in = Nicknames.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing nickname table " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, Set<Integer>> groups = new HashMap<>();
			int group = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				for (String name : line.split(",")) {
					String folded = TextAnalysis.folded(name);
					if (folded != null) {
						groups.computeIfAbsent(folded.replace(" ", ""), n -> new HashSet<>()).add(group);
					}
				}
				group++;
			}
			return new Nicknames(groups);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean areAliases(String left, String right) {
		Set<Integer> leftGroups = this.groupsOfName.get(left);
		Set<Integer> rightGroups = this.groupsOfName.get(right);
		if (leftGroups == null || rightGroups == null) {
			return false;
		}
		return leftGroups.stream().anyMatch(rightGroups::contains);
	}

}
