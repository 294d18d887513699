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

	/** A nickname this short ("al", "ed") is one keying slip away from too many names to forgive one. */
	private static final int MIN_TYPO_TOLERANT = 4;

	private final Map<String, Set<Integer>> groupsOfName;

	private final Map<Integer, Set<String>> namesOfGroup = new HashMap<>();

	private Nicknames(Map<String, Set<Integer>> groupsOfName) {
		this.groupsOfName = groupsOfName;
		groupsOfName.forEach((name, groups) -> groups
			.forEach(group -> this.namesOfGroup.computeIfAbsent(group, g -> new HashSet<>()).add(name)));
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

	/**
	 * Whether one name is a nickname or formal form of the other keyed with one slip ("hatt" for Matt beside
	 * Matthew, "jush" for Josh beside Joshua): within one edit of an alias of the other, that alias at least
	 * {@value #MIN_TYPO_TOLERANT} letters long and the typo itself no known name.
	 */
	public boolean areAliasesWithTypo(String left, String right) {
		return aliasWithinOneEdit(left, right) || aliasWithinOneEdit(right, left);
	}

	private boolean aliasWithinOneEdit(String typo, String name) {
		if (this.groupsOfName.containsKey(typo)) {
			return false;
		}
		for (int group : this.groupsOfName.getOrDefault(name, Set.of())) {
			for (String alias : this.namesOfGroup.get(group)) {
				if (!alias.equals(name) && alias.length() >= MIN_TYPO_TOLERANT && Similarity.withinOneEdit(typo, alias)) {
					return true;
				}
			}
		}
		return false;
	}

}
