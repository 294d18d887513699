package io.skein.consent;

/** What the customer last said about a channel and purpose. */
public enum ConsentState {

	GRANTED, WITHDRAWN

}
