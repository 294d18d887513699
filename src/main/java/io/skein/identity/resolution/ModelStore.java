package io.skein.identity.resolution;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.matching.Comparators;
import io.skein.identity.matching.MatchModel;
import io.skein.identity.matching.MatchThresholds;
import io.skein.identity.matching.PairScorer;
import io.skein.identity.matching.TermFrequencies;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The match model lives in the graph as {@code (:MatchModel {id: 'current', json, termFrequencies,
 * trainedAt, records, defaulted})}. The scorer built from it is cached in memory, keyed by
 * {@code trainedAt}: derived, and rebuilt whenever the stored model changes.
 */
@Component
public class ModelStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelStore.class);

	/** The version of the default model, in use while no model is stored. */
	private static final String DEFAULT_VERSION = "default";

	private final Graph graph;

	private final Comparators comparators = Comparators.standard();

	private final MatchThresholds thresholds;

	private final NamedQuery store;

	private final NamedQuery load;

	private final NamedQuery version;

	private volatile Cached cached;

	public ModelStore(Graph graph, CypherQueries queries, ResolutionProperties properties) {
		this.graph = graph;
		this.thresholds = new MatchThresholds(properties.linkThreshold(), properties.reviewThreshold());
		this.store = queries.get("identity/store-model");
		this.load = queries.get("identity/load-model");
		this.version = queries.get("identity/model-version");
	}

	/** A model with what it was trained on. */
	public record StoredModel(MatchModel model, TermFrequencies termFrequencies, Instant trainedAt, long records,
			boolean defaulted) {
	}

	private record Cached(String trainedAt, PairScorer scorer, StoredModel model) {
	}

	public Comparators comparators() {
		return this.comparators;
	}

	public MatchThresholds thresholds() {
		return this.thresholds;
	}

	public void save(StoredModel model) {
		Map<String, Object> params = new HashMap<>();
		params.put("json", JSON.writeValueAsString(model.model()));
		params.put("termFrequencies", JSON.writeValueAsString(model.termFrequencies()));
		params.put("trainedAt", IdentityStitcher.at(model.trainedAt()));
		params.put("records", model.records());
		params.put("defaulted", model.defaulted());
		this.graph.execute(this.store, params);
		this.cached = null;
	}

	/** The stored model, or the default one when resolution never ran. */
	public StoredModel current() {
		return this.graph.read(this::current);
	}

	/** The stored model as {@code tx} reads it (the default one when resolution never ran). */
	public StoredModel current(Graph.Tx tx) {
		return scorerAndModel(tx).model();
	}

	/**
	 * The stored model as {@code tx} reads it, given its {@code trainedAt} as {@code tx} read it already (null: no
	 * stored model), e.g. in the same round trip as a lock: saves reading the version again.
	 */
	public StoredModel current(Graph.Tx tx, Value trainedAt) {
		return scorerAndModel(tx, version(trainedAt)).model();
	}

	/** A scorer for the stored model (or the default one). */
	public PairScorer scorer() {
		return this.graph.read(tx -> scorerAndModel(tx).scorer());
	}

	public PairScorer scorer(StoredModel model) {
		return new PairScorer(this.comparators, model.model(), model.termFrequencies(), this.thresholds);
	}

	/**
	 * The cached model while the stored one has the same {@code trainedAt}; only a changed (or first) model
	 * is read in full and parsed: its term frequencies are large, and real-time resolution asks every write.
	 */
	private Cached scorerAndModel(Graph.Tx tx) {
		List<String> versions = tx.query(this.version, Map.of(), r -> version(r.get("trainedAt")));
		return scorerAndModel(tx, versions.isEmpty() ? DEFAULT_VERSION : versions.get(0));
	}

	private static String version(Value trainedAt) {
		return trainedAt == null || trainedAt.isNull() ? DEFAULT_VERSION : trainedAt.asZonedDateTime().toString();
	}

	private Cached scorerAndModel(Graph.Tx tx, String version) {
		Cached current = this.cached;
		if (current != null && current.trainedAt().equals(version)) {
			return current;
		}
		List<Record> rows = tx.query(this.load, Map.of(), r -> r);
		String trainedAt = rows.isEmpty() ? DEFAULT_VERSION : version(rows.get(0).get("trainedAt"));
		StoredModel model = null;
		if (!rows.isEmpty()) {
			Record row = rows.get(0);
			MatchModel stored = JSON.readValue(row.get("json").asString(), MatchModel.class);
			// a model trained with other comparison levels (an earlier Skein) cannot score: the default does, and
			// counts as untrained, so the next real-time resolution (or `resolve`) trains anew
			if (!sameLevels(stored)) {
				log.warn("The stored match model (trained {}) has other comparison levels than this Skein: the default "
						+ "model scores until a new one is trained (the next write's real-time resolution, or `resolve`)",
						trainedAt);
			}
			else {
				model = new StoredModel(stored, JSON.readValue(row.get("termFrequencies").asString(), TermFrequencies.class),
						row.get("trainedAt").asZonedDateTime().toInstant(), row.get("records").asLong(),
						row.get("defaulted").asBoolean(false));
			}
		}
		if (model == null) {
			model = new StoredModel(DefaultModel.of(this.comparators), DefaultModel.noTermFrequencies(), Instant.EPOCH, 0,
					true);
		}
		Cached fresh = new Cached(trainedAt, scorer(model), model);
		this.cached = fresh;
		return fresh;
	}

	private boolean sameLevels(MatchModel model) {
		if (model.attributes().size() != this.comparators.size()) {
			return false;
		}
		for (int c = 0; c < this.comparators.size(); c++) {
			if (!model.attribute(c).levels().equals(this.comparators.get(c).levels())) {
				return false;
			}
		}
		return true;
	}

}
