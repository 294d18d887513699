package io.skein.segment.rule;

/** Numeric bounds, each optional: {@code gt}/{@code gte} below, {@code lt}/{@code lte} above. */
public record Range(Double gt, Double gte, Double lt, Double lte) {

	public static Range atLeast(double min) {
		return new Range(null, min, null, null);
	}

	public boolean isEmpty() {
		return this.gt == null && this.gte == null && this.lt == null && this.lte == null;
	}

	/** Whether a value lies within the bounds (plain Java, for tests and in-memory checks). */
	public boolean contains(double value) {
		return (this.gt == null || value > this.gt) && (this.gte == null || value >= this.gte)
				&& (this.lt == null || value < this.lt) && (this.lte == null || value <= this.lte);
	}

}
