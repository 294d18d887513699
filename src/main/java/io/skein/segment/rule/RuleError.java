package io.skein.segment.rule;

/** A rule that cannot be accepted; {@link #path()} names the part at fault, e.g. {@code rule.and[1].event.window}. */
public class RuleError extends RuntimeException {

	private final String path;

	public RuleError(String path, String message) {
		super(message);
		this.path = path;
	}

	public String path() {
		return this.path;
	}

}
