package io.skein.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code skein.security.guessing.*}: how far a caller below STEWARD may probe for values it sees only
 * masked (issue 13, finding 4). Searches and rule previews are counted per caller per clock minute; a
 * rule preview that touches personal fields reports a count below {@code minimumGroupSize} only as
 * "below" it. Read per request, so an operator (or a test) may change them at runtime.
 */
@ConfigurationProperties("skein.security.guessing")
public class GuessingLimits {

	/** {@code searchCustomers} calls per caller per minute (each alias counts); 0 turns the limit off. */
	private int searchPerMinute = 60;

	/** {@code previewRule} calls per caller per minute (each alias counts); 0 turns the limit off. */
	private int previewPerMinute = 30;

	/**
	 * Most callers counted apart in one minute; beyond it, the others share one budget, so a flood of
	 * made-up callers cannot grow memory (nor escape the limit).
	 */
	private int maxTrackedCallers = 10_000;

	/** k: a preview count below this is reported as "below k" when the rule touches personal fields. */
	private int minimumGroupSize = 10;

	public int getSearchPerMinute() {
		return this.searchPerMinute;
	}

	public void setSearchPerMinute(int searchPerMinute) {
		this.searchPerMinute = searchPerMinute;
	}

	public int getPreviewPerMinute() {
		return this.previewPerMinute;
	}

	public void setPreviewPerMinute(int previewPerMinute) {
		this.previewPerMinute = previewPerMinute;
	}

	public int getMaxTrackedCallers() {
		return this.maxTrackedCallers;
	}

	public void setMaxTrackedCallers(int maxTrackedCallers) {
		this.maxTrackedCallers = maxTrackedCallers;
	}

	public int getMinimumGroupSize() {
		return this.minimumGroupSize;
	}

	public void setMinimumGroupSize(int minimumGroupSize) {
		this.minimumGroupSize = minimumGroupSize;
	}

}
