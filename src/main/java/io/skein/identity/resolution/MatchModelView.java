package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;

import io.skein.identity.matching.AttributeWeights;

/**
 * The stored match model as GraphQL's {@code matchModel} and {@code resolve --explain-model} show it: for
 * every attribute and level, m, u and the weight log2(m/u) a pair earns at that level.
 *
 * @param trainedAt when it was trained, or null for the documented default model
 * @param records how many records it was trained on
 * @param defaulted true when the documented prior model is in use (too few records, or training's self-check
 * kept the prior)
 */
public record MatchModelView(String trainedAt, long records, boolean defaulted, double priorMatchProbability,
		double priorWeight, List<AttributeModel> attributes) {

	/** One comparator's levels, best agreement first. */
	public record AttributeModel(String attribute, List<LevelWeight> levels) {
	}

	public record LevelWeight(String level, double m, double u, double weight) {
	}

	public static MatchModelView of(ModelStore.StoredModel stored) {
		List<AttributeModel> attributes = new ArrayList<>();
		for (AttributeWeights a : stored.model().attributes()) {
			List<LevelWeight> levels = new ArrayList<>();
			for (int l = 0; l < a.levels().size(); l++) {
				levels.add(new LevelWeight(a.levels().get(l), a.m().get(l), a.u().get(l), a.weight(l)));
			}
			attributes.add(new AttributeModel(a.attribute(), levels));
		}
		boolean never = stored.trainedAt() == null || stored.trainedAt().equals(java.time.Instant.EPOCH);
		return new MatchModelView(never ? null : stored.trainedAt().toString(), stored.records(), stored.defaulted(),
				stored.model().priorMatchProbability(), stored.model().priorWeight(), attributes);
	}

	/** A readable table: one line per attribute level. */
	public String table() {
		StringBuilder out = new StringBuilder(String.format("model              %s, %s on %d records%n",
				this.defaulted ? "documented prior model" : "trained (bounded EM)",
				this.trainedAt == null ? "never trained" : "trained " + this.trainedAt, this.records));
		out.append(String.format("prior              %.6f (%+.2f)%n", this.priorMatchProbability, this.priorWeight));
		out.append(String.format("%-12s %-22s %8s %10s %8s%n", "attribute", "level", "m", "u", "weight"));
		for (AttributeModel a : this.attributes) {
			for (LevelWeight l : a.levels()) {
				out.append(String.format("%-12s %-22s %8.4f %10.6f %+8.2f%n", a.attribute(), l.level(), l.m(), l.u(),
						l.weight()));
			}
		}
		return out.toString();
	}

}
