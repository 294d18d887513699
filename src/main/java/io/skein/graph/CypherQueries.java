package io.skein.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every named query in {@code cypher/} (served as {@code classpath:cypher/}), keyed by its path without
 * the extension, e.g. {@code customer/by-ids}. Components resolve their queries when they are built, so
 * a missing or misspelt name stops the application at start-up rather than at the first request.
 */
@Component
public class CypherQueries {

	private final Map<String, NamedQuery> byName = new TreeMap<>();

	public CypherQueries() {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf("cypher/") + "cypher/".length(), url.length() - 7);
				if (!name.startsWith("migrations/") && !name.startsWith("guides/")) {
					this.byName.put(name, new NamedQuery(name,
							resource.getContentAsString(StandardCharsets.UTF_8).strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher files on the classpath", ex);
		}
	}

	/** The query stored as {@code cypher/NAME.cypher}; fails loudly when there is none. */
	public NamedQuery get(String name) {
		NamedQuery query = this.byName.get(name);
		if (query == null) {
			throw new IllegalStateException("No Cypher file cypher/" + name + ".cypher (known: " + this.byName.keySet() + ")");
		}
		return query;
	}

}
