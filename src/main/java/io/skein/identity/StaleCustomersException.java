package io.skein.identity;

/**
 * A merge or move decided on a read that another writer has since overtaken: a customer it names was merged
 * away (or is no longer active). The transaction rolls back; a caller that decided on its own read (a
 * real-time resolution) reads again and decides again.
 */
public class StaleCustomersException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public StaleCustomersException(String message) {
		super(message);
	}

}
