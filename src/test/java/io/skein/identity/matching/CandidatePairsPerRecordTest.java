package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.DemoBankSink;
import io.skein.demo.GeneratorOptions;
import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The block-size limit bounds the candidate pairs per record, so resolution grows with the records and not
 * with their square, without losing people: on generated banks (households sharing surnames, addresses, phones)
 * ten times larger, pairs per record grow far less under the default limit than under the old 200, and the
 * true pairs the blocks still propose keep every person together (directly or through their other records).
 */
class CandidatePairsPerRecordTest {

	@Test
	void theDefaultLimitBoundsPairsPerRecordAndKeepsPeopleTogether() {
		Bank small = bank(2_000);
		Bank large = bank(20_000);
		int limit = MatchSettings.DEFAULT.maxBlockSize();
		assertThat(limit).isLessThan(200);

		double growthAtLimit = large.pairsPerRecord(limit) / small.pairsPerRecord(limit);
		double growthAt200 = large.pairsPerRecord(200) / small.pairsPerRecord(200);
		assertThat(growthAt200).as("under 200 the pairs per record grow with the bank").isGreaterThan(4);
		assertThat(growthAtLimit).as("growth of pairs per record, 10x the people, default limit vs 200: %.2f vs %.2f", growthAtLimit,
				growthAt200).isLessThan(growthAt200 * 0.8);

		for (Bank bank : List.of(small, large)) {
			assertThat(bank.peopleKeptTogether(limit)).as("share of true pairs joined through proposed true pairs")
				.isGreaterThan(0.995);
		}
	}

	private static Bank bank(int people) {
		List<MatchRecord> records = new ArrayList<>();
		Map<String, String> personOf = new HashMap<>();
		new DemoBankGenerator(new GeneratorOptions(people, 42, GeneratorOptions.DEFAULT_AS_OF, 1)).generate(new DemoBankSink() {

			@Override
			public void record(String personId, RecordInput record) {
				String id = record.source() + ":" + record.sourceId();
				records.add(MatchRecord.of(id, record));
				personOf.put(id, personId);
			}

			@Override
			public void event(EventInput event) {
			}

			@Override
			public void purpose(io.skein.demo.PurposeTruth truth) {
			}

		});
		return new Bank(records, personOf);
	}

	private record Bank(List<MatchRecord> records, Map<String, String> personOf) {

		double pairsPerRecord(int limit) {
			return (double) new CandidateGenerator(new BlockingKeys(), limit).generate(this.records).pairs().size()
					/ this.records.size();
		}

		/** Of the pairs of records of one person, the share joined by the proposed pairs of one person, transitively. */
		double peopleKeptTogether(int limit) {
			Map<String, String> root = new HashMap<>();
			for (RecordPair pair : new CandidateGenerator(new BlockingKeys(), limit).generate(this.records).pairs()) {
				if (this.personOf.get(pair.leftId()).equals(this.personOf.get(pair.rightId()))) {
					root.put(find(root, pair.leftId()), find(root, pair.rightId()));
				}
			}
			Map<String, List<String>> byPerson = new HashMap<>();
			this.records.forEach(r -> byPerson.computeIfAbsent(this.personOf.get(r.id()), p -> new ArrayList<>()).add(r.id()));
			long pairs = 0;
			long joined = 0;
			for (List<String> ids : byPerson.values()) {
				for (int a = 0; a < ids.size(); a++) {
					for (int b = a + 1; b < ids.size(); b++) {
						pairs++;
						joined += find(root, ids.get(a)).equals(find(root, ids.get(b))) ? 1 : 0;
					}
				}
			}
			return (double) joined / pairs;
		}

		private static String find(Map<String, String> root, String id) {
			String at = id;
			while (root.containsKey(at) && !root.get(at).equals(at)) {
				at = root.get(at);
			}
			return at;
		}

	}

}
