package io.skein.identity.golden;

import java.util.Map;

/**
 * The survivorship ranks of the sources an admin has declared ({@code declareSource(name:, rank:)}), rank 1
 * the most trusted. {@link Survivorship} ranks declared sources by these, before the sources listed only in
 * {@code skein.golden.source-priority}. Implemented by the owner of the declarations; an implementation may
 * serve ranks from a cache for at most {@code skein.golden.source-rank-ttl}.
 */
@FunctionalInterface
public interface SourceRanks {

	/** Rank by declared source name; empty when no source is declared. */
	Map<String, Integer> declared();

	/** No declared sources: survivorship ranks by {@code skein.golden.source-priority} alone. */
	static SourceRanks none() {
		return Map::of;
	}

}
