package io.skein.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.graphql.InvalidInputException;
import io.skein.identity.golden.CachedSourceRanks;
import io.skein.identity.golden.GoldenProperties;
import io.skein.identity.golden.SourceRanks;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Sources an admin has declared, each with its survivorship rank (1 is the most trusted), in
 * {@code (:DeclaredSource {name, rank, declaredAt, declaredBy})}. An INGEST key is bound to declared
 * sources only, so a source system cannot make up a source to write under. The ranks drive survivorship's
 * SOURCE_PRIORITY ({@link SourceRanks}), read through a cache of {@code skein.golden.source-rank-ttl}
 * that a declaration on this instance invalidates at once.
 */
@Service
public class Sources implements SourceRanks {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

	private final Graph graph;

	private final Clock clock;

	private final NamedQuery declare;

	private final NamedQuery list;

	private final CachedSourceRanks ranks;

	Sources(Graph graph, CypherQueries queries, Clock clock, GoldenProperties golden) {
		this.graph = graph;
		this.clock = clock;
		this.declare = queries.get("security/source-declare");
		this.list = queries.get("security/sources");
		this.ranks = new CachedSourceRanks(this::readRanks, golden.sourceRankTtl());
	}

	public record Source(String name, int rank, ZonedDateTime declaredAt, String declaredBy) {
	}

	public Source declare(String name, int rank, String by) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new InvalidInputException("name", "must be 1 to 64 letters, digits, '_', '.' or '-'");
		}
		if (rank < 1 || rank > 1000) {
			throw new InvalidInputException("rank", "must be between 1 (most trusted) and 1000, was " + rank);
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneOffset.UTC);
		Source declared = this.graph.write(tx -> tx.query(this.declare,
				Map.of("name", name, "rank", rank, "at", now, "by", by), Sources::source)).get(0);
		this.ranks.invalidate();
		return declared;
	}

	public List<Source> list() {
		return this.graph.query(this.list, Map.of(), Sources::source);
	}

	/** Rank by declared source, as of at most {@code skein.golden.source-rank-ttl} ago. */
	@Override
	public Map<String, Integer> declared() {
		return this.ranks.declared();
	}

	/** The store changed under this instance (tests empty it): the next use reads the ranks again. */
	public void forget() {
		this.ranks.invalidate();
	}

	private Map<String, Integer> readRanks() {
		Map<String, Integer> ranks = new LinkedHashMap<>();
		list().forEach(s -> ranks.put(s.name(), s.rank()));
		return ranks;
	}

	/** Fails naming the first of {@code names} not declared. */
	void requireDeclared(List<String> names) {
		Set<String> declared = Set.copyOf(list().stream().map(Source::name).toList());
		for (int i = 0; i < names.size(); i++) {
			if (!declared.contains(names.get(i))) {
				throw new InvalidInputException("sources[" + i + "]",
						"source " + names.get(i) + " is not declared; an admin declares it first with declareSource");
			}
		}
	}

	private static Source source(Record r) {
		return new Source(r.get("name").asString(), r.get("rank").asInt(), r.get("declaredAt").asZonedDateTime(),
				r.get("declaredBy").isNull() ? null : r.get("declaredBy").asString());
	}

}
