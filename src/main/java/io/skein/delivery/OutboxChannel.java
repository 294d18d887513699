package io.skein.delivery;

/** The channels an outbox message goes out through. */
public enum OutboxChannel {

	EMAIL, SMS, PUSH, WHATSAPP, WEBHOOK

}
