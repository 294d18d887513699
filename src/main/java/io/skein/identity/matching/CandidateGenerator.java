package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * In-memory blocking: an inverted index from {@link BlockingKey} to records, read back as the distinct pairs
 * that share a key. The graph does the same with key nodes; this class serves evaluation and tests.
 */
public final class CandidateGenerator {

	private final BlockingKeys blockingKeys;

	private final int maxBlockSize;

	/** @param maxBlockSize a key shared by more records than this makes no pairs (too common to help) */
	public CandidateGenerator(BlockingKeys blockingKeys, int maxBlockSize) {
		this.blockingKeys = blockingKeys;
		this.maxBlockSize = maxBlockSize;
	}

	public Candidates generate(List<MatchRecord> records) {
		List<MatchRecord> sorted = records.stream().sorted(Comparator.comparing(MatchRecord::id)).toList();
		Map<String, List<Integer>> blocks = new TreeMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			for (BlockingKey key : this.blockingKeys.keysFor(sorted.get(i))) {
				blocks.computeIfAbsent(key.asString(), k -> new ArrayList<>()).add(i);
			}
		}
		Set<Long> seen = new HashSet<>();
		long n = sorted.size();
		int skipped = 0;
		for (List<Integer> block : blocks.values()) {
			if (block.size() > this.maxBlockSize) {
				skipped++;
				continue;
			}
			for (int a = 0; a < block.size(); a++) {
				for (int b = a + 1; b < block.size(); b++) {
					seen.add(block.get(a) * n + block.get(b));
				}
			}
		}
		List<RecordPair> pairs = seen.stream()
			.sorted()
			.map(code -> new RecordPair(sorted.get((int) (code / n)).id(), sorted.get((int) (code % n)).id()))
			.toList();
		return new Candidates(pairs, n * (n - 1) / 2, skipped);
	}

}
