package io.skein.consent;

/** A way of reaching a customer that consent is asked for. */
public enum ConsentChannel {

	EMAIL, SMS, PUSH, WHATSAPP, CALL

}
