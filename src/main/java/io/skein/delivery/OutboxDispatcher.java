package io.skein.delivery;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.skein.security.Masks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatcher per instance (tests make several): {@link #dispatchOnce} claims a batch of due messages
 * in the store for {@link #owner()}, sends each through its channel's sender and records the outcome
 * (see the package documentation for the claim, the backoff and the at-least-once window). Only channels
 * some sender can send now are claimed: the others' messages stay PENDING, untouched, until configured.
 */
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int MAX_ERROR = 500;

	private final Outbox outbox;

	private final Map<OutboxChannel, ChannelSender> senders = new EnumMap<>(OutboxChannel.class);

	private final Map<OutboxChannel, String> unavailable = new EnumMap<>(OutboxChannel.class);

	private final DeliveryProperties settings;

	private final DeliveryFeedback feedback;

	private final String owner;

	public OutboxDispatcher(Outbox outbox, List<ChannelSender> senders, DeliveryProperties settings,
			DeliveryFeedback feedback, String owner) {
		this.outbox = outbox;
		this.settings = settings;
		this.feedback = feedback;
		this.owner = owner;
		for (ChannelSender sender : senders) {
			sender.channels().forEach(channel -> this.senders.putIfAbsent(channel, sender));
			this.unavailable.putAll(sender.unavailable());
		}
		this.senders.keySet().forEach(this.unavailable::remove);
	}

	/** Who this dispatcher's claims name ({@code claimedBy}). */
	public String owner() {
		return this.owner;
	}

	/** Channels no sender can send, with why: their messages wait PENDING. */
	public Map<OutboxChannel, String> unavailable() {
		return Map.copyOf(this.unavailable);
	}

	/** Claims up to a batch of messages due at {@code now}, sends them and records each outcome. */
	public DispatchReport dispatchOnce(Instant now) {
		List<OutboxMessage> claimed = this.outbox.claim(this.owner, this.senders.keySet(), now,
				now.plus(this.settings.claimTimeout()), this.settings.batchSize());
		if (claimed.isEmpty()) {
			return DispatchReport.NONE;
		}
		int sent = 0;
		int retried = 0;
		int failed = 0;
		int dead = 0;
		for (OutboxMessage message : claimed) {
			if (message.attempts() > this.settings.maxAttempts()) {
				// only a claim that expired without an outcome gets here: its instance stopped while sending it
				dead += deadLetter(message, SendOutcome.retry("claimed " + message.attempts()
						+ " times without an outcome: the instance sending it stopped each time"), now, "attempts") ? 1 : 0;
				continue;
			}
			SendOutcome outcome = send(message);
			switch (outcome.kind()) {
				case ACCEPTED -> {
					OutboxMessage marked = this.outbox.markSent(message.key(), now);
					if (marked != null) {
						sent++;
						this.feedback.outcome(marked, DeliveryFeedback.DELIVERED, now);
					}
				}
				case BOUNCED -> {
					OutboxMessage marked = this.outbox.markFailed(message.key(), this.owner, OutboxStatus.FAILED, now, null,
							error(outcome), "bounced");
					if (marked != null) {
						failed++;
						log.warn("{} bounced: FAILED", marked);
						this.feedback.outcome(marked, DeliveryFeedback.BOUNCED, now);
					}
				}
				case REJECTED -> dead += deadLetter(message, outcome, now, "rejected") ? 1 : 0;
				case RETRY -> {
					if (message.attempts() >= this.settings.maxAttempts()) {
						dead += deadLetter(message, outcome, now, "attempts") ? 1 : 0;
					}
					else {
						Instant next = now.plus(this.settings.backoffAfter(message.attempts()));
						if (this.outbox.markFailed(message.key(), this.owner, OutboxStatus.PENDING, now, next, error(outcome),
								null) != null) {
							retried++;
						}
					}
				}
			}
		}
		DispatchReport report = new DispatchReport(claimed.size(), sent, retried, failed, dead);
		log.debug("Delivery round by {}: {}", this.owner, report);
		return report;
	}

	private SendOutcome send(OutboxMessage message) {
		ChannelSender sender = this.senders.get(message.channel());
		try {
			return sender.send(message);
		}
		catch (RuntimeException ex) {
			return SendOutcome.retry(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private boolean deadLetter(OutboxMessage message, SendOutcome outcome, Instant now, String reason) {
		OutboxMessage marked = this.outbox.markFailed(message.key(), this.owner, OutboxStatus.DEAD, now, null,
				error(outcome), reason);
		if (marked == null) {
			return false;
		}
		log.warn("{} dead-lettered after {} attempt(s): {}", marked, marked.attempts(), marked.lastError());
		this.feedback.outcome(marked, DeliveryFeedback.FAILED, now);
		return true;
	}

	/** The provider's answer, with recipients and other PII-shaped values masked, at most 500 characters. */
	private static String error(SendOutcome outcome) {
		String masked = Masks.freeText(outcome.detail() == null ? outcome.kind().name() : outcome.detail());
		return masked.length() > MAX_ERROR ? masked.substring(0, MAX_ERROR) + "…" : masked;
	}

}
