package io.skein.demo;

/**
 * How far along a purpose a person is. {@code DROPPED} began applying and stopped over a month before
 * the as-of date; {@code DORMANT} did nothing at all in the window.
 */
enum Stage {

	AWARE, CONSIDERING, APPLYING, CONVERTED, DROPPED, DORMANT;

	/** As written in {@code truth/purposes.csv}. */
	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Relative shares of the stages a pursued purpose is at, for AWARE..DROPPED. */
	static final int[] SHARES = { 30, 24, 10, 16, 20 };

}
