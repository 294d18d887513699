package io.skein.identity.matching;

/** What a scored pair calls for. */
public enum Band {

	/** Strong enough to link automatically. */
	LINK,
	/** Ambiguous: a person should look. */
	REVIEW,
	/** Different people. */
	NONE

}
