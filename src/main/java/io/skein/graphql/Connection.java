package io.skein.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page. {@code totalCount} is null for connections whose schema type does not
 * declare it.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

	public static <T> Connection<T> empty() {
		return new Connection<>(List.of(), new PageInfo(false, null), 0);
	}

	/**
	 * A page from rows fetched with one row more than asked for: that extra row, when present, only
	 * says there is a next page.
	 */
	public static <T> Connection<T> of(List<T> fetched, int first, Function<T, String> cursorOf, Integer totalCount) {
		List<Edge<T>> edges = new ArrayList<>(Math.min(first, fetched.size()));
		for (T node : fetched.subList(0, Math.min(first, fetched.size()))) {
			edges.add(new Edge<>(cursorOf.apply(node), node));
		}
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(List.copyOf(edges), new PageInfo(fetched.size() > first, end), totalCount);
	}

	/** One node of a page and the opaque cursor that resumes after it. */
	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
