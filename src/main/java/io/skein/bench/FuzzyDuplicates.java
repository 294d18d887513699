package io.skein.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.Ids;

/**
 * Near-duplicates of stored records for the real-time benchmark, made so that only fuzzy resolution can
 * join them to their customer: every stitching identifier (email, phone, national id, accounts) is
 * dropped and the given name gets one typo (two inner letters swapped); surname, date of birth, gender
 * and address stay. Only records with a given name of four letters or more, a surname and a date of birth
 * are used, so there is something to score. {@link #outcomes} then counts what resolution did with them.
 */
final class FuzzyDuplicates {

	private final List<Map<String, Object>> originals;

	private final String tag;

	FuzzyDuplicates(List<Map<String, Object>> lines, String tag) {
		this.originals = lines.stream().filter(FuzzyDuplicates::usable).toList();
		this.tag = tag;
		if (this.originals.isEmpty()) {
			throw new IllegalStateException("no sampled record has a given name, surname and date of birth");
		}
	}

	/** The {@code i}-th near-duplicate, under a new source id. */
	Map<String, Object> duplicate(int i) {
		Map<String, Object> original = this.originals.get(i % this.originals.size());
		Map<String, Object> copy = new LinkedHashMap<>();
		for (String field : List.of("source", "firstName", "lastName", "dateOfBirth", "gender", "address")) {
			if (original.get(field) != null) {
				copy.put(field, original.get(field));
			}
		}
		copy.put("sourceId", duplicateSourceId(original, i));
		copy.put("firstName", typo((String) original.get("firstName")));
		return copy;
	}

	/** Two inner letters swapped: "Sanjay" → "Sajnay". */
	static String typo(String name) {
		char[] letters = name.toCharArray();
		int at = letters.length / 2 - 1;
		char kept = letters[at];
		letters[at] = letters[at + 1];
		letters[at + 1] = kept;
		return new String(letters);
	}

	/** What happened to the first {@code count} duplicates (those the scenario ingested). */
	Outcomes outcomes(Graph graph, NamedQuery query, int count) {
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> original = this.originals.get(i % this.originals.size());
			String source = (String) original.get("source");
			pairs.add(Map.of("duplicate", Ids.sourceRecord(source, duplicateSourceId(original, i)), "original",
					Ids.sourceRecord(source, (String) original.get("sourceId"))));
		}
		int[] tally = new int[4];
		graph.query(query, Map.of("pairs", pairs), r -> {
			tally[0]++;
			tally[1] += r.get("joined").asBoolean(false) ? 1 : 0;
			tally[2] += r.get("links").asInt() > 0 ? 1 : 0;
			tally[3] += r.get("reviews").asInt() > 0 ? 1 : 0;
			return null;
		});
		return new Outcomes(tally[0], tally[1], tally[2], tally[3]);
	}

	/**
	 * @param ingested duplicates found in the store
	 * @param joined on the same customer as the record they copy
	 * @param linked in at least one LINK-band scored pair
	 * @param reviewed in at least one REVIEW-band scored pair (the review queue)
	 */
	record Outcomes(int ingested, int joined, int linked, int reviewed) {

		Map<String, Object> json() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("ingested", this.ingested);
			out.put("joinedTheirCustomer", this.joined);
			out.put("inLinkPair", this.linked);
			out.put("inReviewPair", this.reviewed);
			return out;
		}

	}

	private String duplicateSourceId(Map<String, Object> original, int i) {
		return original.get("sourceId") + "-" + this.tag + i;
	}

	private static boolean usable(Map<String, Object> line) {
		return line.get("firstName") instanceof String first && first.length() >= 4
				&& line.get("lastName") instanceof String && line.get("dateOfBirth") instanceof String
				&& line.get("source") instanceof String && line.get("sourceId") instanceof String;
	}

}
