package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Address;

import static org.assertj.core.api.Assertions.assertThat;

/** The same records in any order give the same clusters and the same scores. */
class ShuffleInvarianceTest {

	private static final String[] GIVEN = { "olivia", "jack", "amelia", "noah", "isla", "leo", "ava", "oscar",
			"mia", "arthur", "grace", "henry", "freya", "theo", "lily", "george" };

	private static final String[] FAMILY = { "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson",
			"davies", "patel", "robinson", "wright", "thompson", "evans", "walker", "white", "roberts" };

	@Test
	void fiveShufflesGiveIdenticalClusters() {
		List<MatchRecord> records = fixture();
		MatchingEngine engine = MatchingEngine.standard();
		Resolution reference = engine.resolve(records);
		assertThat(reference.clustering().clusters()).hasSizeLessThan(records.size());

		for (long seed = 1; seed <= 5; seed++) {
			List<MatchRecord> shuffled = new ArrayList<>(records);
			Collections.shuffle(shuffled, new Random(seed));
			Resolution again = engine.resolve(shuffled);
			assertThat(again.clustering()).as("seed %d", seed).isEqualTo(reference.clustering());
			assertThat(again.scoredPairs()).as("seed %d", seed).isEqualTo(reference.scoredPairs());
		}
	}

	/** 48 people, most with one or two typo'd duplicates; made up, generated from a fixed seed. */
	static List<MatchRecord> fixture() {
		Random random = new Random(42);
		List<MatchRecord> records = new ArrayList<>();
		for (int p = 0; p < 48; p++) {
			String given = GIVEN[p % GIVEN.length];
			String family = FAMILY[(p * 7) % FAMILY.length];
			String dob = String.format("19%02d-%02d-%02d", 40 + random.nextInt(60), 1 + random.nextInt(12),
					1 + random.nextInt(28));
			String postcode = String.valueOf(2000 + random.nextInt(900));
			String street = (1 + random.nextInt(90)) + " " + FAMILY[random.nextInt(FAMILY.length)] + " street";
			int copies = 1 + random.nextInt(3);
			for (int c = 0; c < copies; c++) {
				String g = c == 1 ? typo(given, random) : given;
				String f = c == 2 ? typo(family, random) : family;
				records.add(MatchRecord.of(new RecordInput("fixture", p + "-" + c, g, null, f, null, dob, null, null,
						null, null, new Address(street, null, null, postcode, null, null), null, null)));
			}
		}
		return records;
	}

	private static String typo(String word, Random random) {
		int at = 1 + random.nextInt(word.length() - 1);
		return word.substring(0, at) + word.substring(at).replaceFirst(".", "x");
	}

}
