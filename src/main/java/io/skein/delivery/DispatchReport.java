package io.skein.delivery;

/** What one dispatch round did: messages claimed, then sent, put back for a retry, failed (bounced) or dead-lettered. */
public record DispatchReport(int claimed, int sent, int retried, int failed, int dead) {

	static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0, 0);

}
