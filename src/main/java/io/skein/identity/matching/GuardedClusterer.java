package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sequence-neutral, guarded clustering of linked pairs.
 * <p>
 * <b>Order:</b> {@link Band#LINK} pairs are taken strongest first, ties broken by the pair's ids, so the
 * result depends on the records and their scores, never on the order they arrived in.
 * <p>
 * <b>Guard:</b> a link that would join two clusters is followed only if (1) the average total weight
 * over <em>every</em> pair across the two clusters (scored on demand when blocking did not propose it)
 * is at least {@code mergeThreshold}, and (2) the merged cluster holds at most {@code maxClusterSize}
 * records. A single strong link between two otherwise unrelated groups therefore cannot chain them into
 * one blob (average linkage, not single linkage); refused links are returned as {@link HeldMerge}s for
 * review.
 */
public final class GuardedClusterer {

	private static final Comparator<ScoredPair> STRONGEST_FIRST = Comparator
		.comparingDouble(ScoredPair::total)
		.reversed()
		.thenComparing(ScoredPair::leftId)
		.thenComparing(ScoredPair::rightId);

	private final double mergeThreshold;

	private final int maxClusterSize;

	public GuardedClusterer(double mergeThreshold, int maxClusterSize) {
		this.mergeThreshold = mergeThreshold;
		this.maxClusterSize = maxClusterSize;
	}

	public Clustering cluster(Collection<String> recordIds, List<ScoredPair> scoredPairs, PairScores pairScores) {
		return cluster(recordIds, scoredPairs, pairScores, Constraints.NONE);
	}

	/**
	 * Clusters with constraints: must-links are followed first (steward merges, then deterministic links,
	 * each in id order and never through a cannot-link; a deterministic link also never joins clusters
	 * holding different national ids), then scored links as usual, never through a cannot-link and never
	 * into a cluster that would hold two national ids, whatever record joined them (unless a person-agreeing
	 * link corroborates the two, see {@link CorroboratedNationalIds}). Links refused for a
	 * cannot-link are returned as {@link HeldMerge.Reason#BANNED}, for two national ids as
	 * {@link HeldMerge.Reason#NATIONAL_IDS}. Only a steward's merge may join two national ids (forced).
	 */
	public Clustering cluster(Collection<String> recordIds, List<ScoredPair> scoredPairs, PairScores pairScores,
			Constraints constraints) {
		Map<RecordPair, Double> known = new HashMap<>();
		scoredPairs.forEach(p -> known.put(p.pair(), p.total()));
		PairScores cached = (a, b) -> known.computeIfAbsent(new RecordPair(a, b),
				pair -> pairScores.total(pair.leftId(), pair.rightId()));
		Map<String, TreeSet<String>> clusterOf = new HashMap<>();
		for (String id : new TreeSet<>(recordIds)) {
			TreeSet<String> single = new TreeSet<>();
			single.add(id);
			clusterOf.put(id, single);
		}
		List<HeldMerge> held = new ArrayList<>();
		Map<RecordPair, List<String>> corroborating = CorroboratedNationalIds.byPair(scoredPairs,
				constraints.nationalIdOf(), constraints.birthYearOf());
		constraints = constraints.reconciling(new java.util.HashSet<>(corroborating.values()));
		for (RecordPair link : sortedPairs(constraints.stewardLinks())) {
			join(clusterOf, link, constraints, false);
		}
		for (RecordPair link : sortedPairs(constraints.deterministicLinks())) {
			join(clusterOf, link, constraints, true);
		}
		List<ScoredPair> links = scoredPairs.stream().filter(p -> p.band() == Band.LINK).sorted(STRONGEST_FIRST).toList();
		for (ScoredPair link : links) {
			TreeSet<String> left = clusterOf.get(link.leftId());
			TreeSet<String> right = clusterOf.get(link.rightId());
			if (left == right) {
				continue;
			}
			if (constraints.forbids(left, right)) {
				held.add(new HeldMerge(link, HeldMerge.Reason.BANNED, Double.NaN, left.size() + right.size()));
				continue;
			}
			if (constraints.nationalIdsConflict(left, right)) {
				held.add(new HeldMerge(link, HeldMerge.Reason.NATIONAL_IDS, Double.NaN, left.size() + right.size()));
				continue;
			}
			int mergedSize = left.size() + right.size();
			double average = crossAverage(left, right, cached);
			if (mergedSize > this.maxClusterSize) {
				held.add(new HeldMerge(link, HeldMerge.Reason.TOO_LARGE, average, mergedSize));
			}
			else if (average < this.mergeThreshold) {
				held.add(new HeldMerge(link, HeldMerge.Reason.WEAK_BRIDGE, average, mergedSize));
			}
			else {
				TreeSet<String> into = left.size() >= right.size() ? left : right;
				TreeSet<String> from = into == left ? right : left;
				into.addAll(from);
				from.forEach(id -> clusterOf.put(id, into));
			}
		}
		List<List<String>> clusters = clusterOf.values()
			.stream()
			.distinct()
			.map(c -> List.copyOf(c))
			.sorted(Comparator.comparing(c -> c.get(0)))
			.toList();
		return new Clustering(clusters, held, corroborating.keySet());
	}

	private static List<RecordPair> sortedPairs(Collection<RecordPair> pairs) {
		return pairs.stream()
			.distinct()
			.sorted(Comparator.comparing(RecordPair::leftId).thenComparing(RecordPair::rightId))
			.toList();
	}

	/** Follows a must-link unless a cannot-link (or, for deterministic links, a national-id conflict) forbids it. */
	private static void join(Map<String, TreeSet<String>> clusterOf, RecordPair link, Constraints constraints,
			boolean deterministic) {
		TreeSet<String> left = clusterOf.get(link.leftId());
		TreeSet<String> right = clusterOf.get(link.rightId());
		if (left == null || right == null || left == right || constraints.forbids(left, right)
				|| (deterministic && constraints.nationalIdsConflict(left, right))) {
			return;
		}
		TreeSet<String> into = left.size() >= right.size() ? left : right;
		TreeSet<String> from = into == left ? right : left;
		into.addAll(from);
		from.forEach(id -> clusterOf.put(id, into));
	}

	/**
	 * What must and must not be linked, whatever the scores say.
	 *
	 * @param stewardLinks pairs a steward merged
	 * @param deterministicLinks pairs sharing a stitching identifier under the stitching rules
	 * @param cannotLink record id to the records it must never share a cluster with (bans, splits)
	 * @param nationalIdOf record id to its national id (or its digest), for the cluster-wide rule
	 * @param nationalIdVariants record id to the variants of its national id (itself and each one-character
	 * deletion): two ids sharing a variant are one id keyed wrong once, not two people; without variants
	 * only equal ids are the same
	 * @param birthYearOf record id to its year of birth, for telling a typo from a father and son
	 * @param reconciledIds pairs of ids (sorted) a person-agreeing link showed to be one person's
	 * ({@link CorroboratedNationalIds}); filled in by the clusterer from the scored pairs
	 */
	public record Constraints(Collection<RecordPair> stewardLinks, Collection<RecordPair> deterministicLinks,
			Map<String, java.util.Set<String>> cannotLink, Map<String, String> nationalIdOf,
			Map<String, java.util.Set<String>> nationalIdVariants, Map<String, String> birthYearOf,
			java.util.Set<List<String>> reconciledIds) {

		public static final Constraints NONE = new Constraints(List.of(), List.of(), Map.of(), Map.of());

		public Constraints(Collection<RecordPair> stewardLinks, Collection<RecordPair> deterministicLinks,
				Map<String, java.util.Set<String>> cannotLink, Map<String, String> nationalIdOf) {
			this(stewardLinks, deterministicLinks, cannotLink, nationalIdOf, Map.of(), Map.of(), java.util.Set.of());
		}

		Constraints reconciling(java.util.Set<List<String>> ids) {
			return new Constraints(this.stewardLinks, this.deterministicLinks, this.cannotLink, this.nationalIdOf,
					this.nationalIdVariants, this.birthYearOf, ids);
		}

		/** Constraints holding the national ids of {@code records} (raw or digested) and their variants. */
		public static Constraints withNationalIds(Collection<RecordPair> stewardLinks,
				Collection<RecordPair> deterministicLinks, Map<String, java.util.Set<String>> cannotLink,
				Collection<MatchRecord> records) {
			Map<String, String> ids = new HashMap<>();
			Map<String, java.util.Set<String>> variants = new HashMap<>();
			Map<String, String> years = new HashMap<>();
			for (MatchRecord record : records) {
				if (record.nationalId() != null) {
					ids.put(record.id(), record.nationalId());
					variants.put(record.id(), NationalIdComparator.variants(record));
					if (record.birthDate() != null && record.birthDate().year() != null) {
						years.put(record.id(), record.birthDate().year());
					}
				}
			}
			return new Constraints(stewardLinks, deterministicLinks, cannotLink, ids, variants, years,
					java.util.Set.of());
		}

		boolean forbids(Collection<String> left, Collection<String> right) {
			Collection<String> small = left.size() <= right.size() ? left : right;
			Collection<String> other = small == left ? right : left;
			for (String id : small) {
				for (String banned : this.cannotLink.getOrDefault(id, java.util.Set.of())) {
					if (other.contains(banned)) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * Whether the two clusters together would hold two different national ids (cluster-wide, not pairwise):
		 * every two ids they hold must be the same id, one keying error apart, or reconciled by a link that
		 * corroborates them.
		 */
		boolean nationalIdsConflict(Collection<String> left, Collection<String> right) {
			Map<String, java.util.Set<String>> ids = new HashMap<>();
			java.util.stream.Stream.concat(left.stream(), right.stream()).forEach(id -> {
				String nid = this.nationalIdOf.get(id);
				if (nid != null) {
					ids.putIfAbsent(nid, this.nationalIdVariants.getOrDefault(id, java.util.Set.of(nid)));
				}
			});
			if (ids.size() < 2) {
				return false;
			}
			List<String> held = List.copyOf(ids.keySet());
			for (int a = 0; a < held.size(); a++) {
				for (int b = a + 1; b < held.size(); b++) {
					java.util.Set<String> other = ids.get(held.get(b));
					if (ids.get(held.get(a)).stream().noneMatch(other::contains)
							&& !this.reconciledIds.contains(CorroboratedNationalIds.key(held.get(a), held.get(b)))) {
						return true;
					}
				}
			}
			return false;
		}

	}

	private static double crossAverage(TreeSet<String> left, TreeSet<String> right, PairScores scores) {
		double sum = 0;
		for (String a : left) {
			for (String b : right) {
				sum += scores.total(a, b);
			}
		}
		return sum / ((double) left.size() * right.size());
	}

}
