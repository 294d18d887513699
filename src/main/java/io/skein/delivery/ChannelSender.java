package io.skein.delivery;

import java.util.Map;
import java.util.Set;

/** Sends the messages of some channels to a provider (an SMTP server, an HTTP webhook). */
public interface ChannelSender {

	/** The channels this sender can send now (configured). */
	Set<OutboxChannel> channels();

	/** Channels this sender would serve but cannot, with why (e.g. no mail host): their messages stay PENDING. */
	Map<OutboxChannel, String> unavailable();

	/** Sends one message; never throws for a provider's failure, which is an outcome. */
	SendOutcome send(OutboxMessage message);

}
