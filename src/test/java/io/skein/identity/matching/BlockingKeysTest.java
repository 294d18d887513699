package io.skein.identity.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

class BlockingKeysTest {

	private final BlockingKeys blockingKeys = new BlockingKeys();

	@Test
	void keysAreSortedAndNeverHaveMissingParts() {
		Set<BlockingKey> keys = blockingKeys.keysFor(person("1", "Zoë", null, "1980-03-07"));
		assertThat(keys).extracting(BlockingKey::asString)
			.isSorted()
			.contains("dob:19800307")
			.noneMatch(k -> k.startsWith("names:") || k.startsWith("fam"));
	}

	@Test
	void mistypedAndSwappedNamesStillShareKeys() {
		assertThat(shared(person("1", "Catherine", "Smyth", "1980-03-07"), person("2", "Kathryn", "Smith", "1981-03-07")))
			.isNotEmpty();
		assertThat(shared(person("1", "Isla", "Hall", "1985-02-07"), person("2", "Hall", "Isla", null)))
			.extracting(BlockingKey::kind)
			.contains("names");
	}

	@Test
	void aMistypedMailboxOrANameInTheSameTownStillShareKeys() {
		// one letter dropped from the mailbox, the domain mistyped, the birth date wrong: the mailbox still sounds alike
		MatchRecord evie = Fixtures.contact("1", "eviejones@brewer-sparks.org", null, null, null);
		MatchRecord eve = Fixtures.contact("2", "evejones@brewer-sparksi.org", null, null, null);
		assertThat(shared(evie, eve)).extracting(BlockingKey::kind).contains("mailbox~");
		// the family name in the same town (the given name and birth year left blank or wrong)
		assertThat(shared(person("1", "Grace", "Wright", "1993-03-27", null, null, "Manchester"),
				person("2", null, "Wright", "1994-03-28", null, null, "Manchester")))
			.extracting(BlockingKey::kind)
			.containsExactly("fam+city");
		// short mailboxes ("gk@") sound like too many others to make a key
		assertThat(blockingKeys.keysFor(Fixtures.contact("3", "gk@frey.org", null, null, null)))
			.extracting(BlockingKey::kind)
			.doesNotContain("mailbox~");
	}

	@Test
	void blockingComparesFarFewerThanAllPairs() {
		Candidates candidates = new CandidateGenerator(blockingKeys, 200).generate(ShuffleInvarianceTest.fixture());
		assertThat(candidates.pairsCompared()).isPositive().isLessThan(candidates.allPairs() / 5);
		assertThat(candidates.pairs()).doesNotHaveDuplicates();
	}

	@Test
	void aBlockOverTheSizeLimitMakesNoPairs() {
		List<MatchRecord> sameBirthday = List.of(person("1", "Ann", "Lee", "1980-03-07"),
				person("2", "Bo", "Kim", "1980-03-07"), person("3", "Cy", "Ng", "1980-03-07"));
		Candidates candidates = new CandidateGenerator(blockingKeys, 2).generate(sameBirthday);
		assertThat(candidates.pairs()).isEmpty();
		assertThat(candidates.skippedKeys()).isPositive();
		assertThat(candidates.allPairs()).isEqualTo(3);
	}

	private Set<BlockingKey> shared(MatchRecord a, MatchRecord b) {
		Set<BlockingKey> keys = new HashSet<>(blockingKeys.keysFor(a));
		keys.retainAll(blockingKeys.keysFor(b));
		return keys;
	}

}
