package io.skein.identity.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed measures of a predicted clustering against true entities. Every record must be in
 * exactly one predicted cluster and have a true entity.
 */
public final class ClusterMetrics {

	private ClusterMetrics() {
	}

	/**
	 * @param predicted clusters of record ids (singletons included)
	 * @param trueEntityOf record id to its true entity
	 */
	public static EvaluationReport evaluate(Collection<? extends Collection<String>> predicted,
			Map<String, String> trueEntityOf) {
		Map<String, Integer> entitySizes = new HashMap<>();
		trueEntityOf.values().forEach(e -> entitySizes.merge(e, 1, Integer::sum));
		long truePairs = entitySizes.values().stream().mapToLong(ClusterMetrics::pairs).sum();
		long predictedPairs = 0;
		long correctPairs = 0;
		double precisionSum = 0;
		double recallSum = 0;
		int overMerged = 0;
		int records = 0;
		for (Collection<String> cluster : predicted) {
			Map<String, Integer> overlap = new HashMap<>();
			for (String id : cluster) {
				String entity = trueEntityOf.get(id);
				if (entity == null) {
					throw new IllegalArgumentException("No true entity for record " + id);
				}
				overlap.merge(entity, 1, Integer::sum);
			}
			predictedPairs += pairs(cluster.size());
			for (Map.Entry<String, Integer> cell : overlap.entrySet()) {
				int shared = cell.getValue();
				correctPairs += pairs(shared);
				// each of the `shared` records sees the same overlap
				precisionSum += shared * (double) shared / cluster.size();
				recallSum += shared * (double) shared / entitySizes.get(cell.getKey());
			}
			overMerged += overlap.size() > 1 ? 1 : 0;
			records += cluster.size();
		}
		if (records != trueEntityOf.size()) {
			throw new IllegalArgumentException(
					"Clusters hold " + records + " records but the truth has " + trueEntityOf.size());
		}
		return new EvaluationReport(records, truePairs, predictedPairs, correctPairs, precisionSum / records,
				recallSum / records, overMerged, 0, pairs(records));
	}

	public static EvaluationReport evaluate(List<List<String>> predicted, Map<String, String> trueEntityOf,
			long pairsCompared) {
		EvaluationReport report = evaluate(predicted, trueEntityOf);
		return report.withPairs(pairsCompared, report.allPairs());
	}

	private static long pairs(long n) {
		return n * (n - 1) / 2;
	}

}
