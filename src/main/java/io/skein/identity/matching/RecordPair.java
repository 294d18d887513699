package io.skein.identity.matching;

/** Two record ids, the smaller first, so a pair has one spelling whatever order it was found in. */
public record RecordPair(String leftId, String rightId) {

	public RecordPair {
		if (leftId.compareTo(rightId) > 0) {
			String swap = leftId;
			leftId = rightId;
			rightId = swap;
		}
	}

}
