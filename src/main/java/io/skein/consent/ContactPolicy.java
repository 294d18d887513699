package io.skein.consent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Frequency caps per channel and quiet hours, from {@code skein.consent.*}: pure rules, no store. The
 * caller (the journey engine's outbox) counts what it sent to the customer on the channel within the
 * cap's window ({@link #cap}) and asks {@link #mayContact}. Consent itself is {@link ConsentService#allows}.
 * A bad setting stops the application at start-up, naming it.
 */
@Component
public class ContactPolicy {

	private final Map<ConsentChannel, FrequencyCap> caps = new EnumMap<>(ConsentChannel.class);

	private final QuietHours quietHours;

	public ContactPolicy(ConsentProperties properties) {
		properties.caps().forEach((channel, text) -> {
			if (text != null && !text.isBlank() && !"-".equals(text.strip())) {
				this.caps.put(channel, FrequencyCap.parse(text, "skein.consent.caps." + channel));
			}
		});
		ZoneId zone;
		try {
			zone = ZoneId.of(properties.zone());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("skein.consent.zone: unknown zone " + properties.zone(), ex);
		}
		this.quietHours = QuietHours.parse(properties.quietHours(), zone);
	}

	/** The cap on a channel, if any: its window is what the caller counts sends over. */
	public Optional<FrequencyCap> cap(ConsentChannel channel) {
		return Optional.ofNullable(this.caps.get(channel));
	}

	/**
	 * Whether a message on {@code channel} may go to the customer at {@code at}, given how many went to them on
	 * that channel within the cap's window before it. Quiet hours are checked first (a held message may go
	 * at {@code notBefore}), then the cap.
	 */
	public ContactDecision mayContact(String customerId, ConsentChannel channel, Instant at, int sentCountInWindow) {
		if (this.quietHours != null && this.quietHours.contains(at)) {
			return new ContactDecision(false, "quiet hours " + this.quietHours.start() + "-" + this.quietHours.end() + " "
					+ this.quietHours.zone(), this.quietHours.endAfter(at));
		}
		FrequencyCap cap = this.caps.get(channel);
		if (cap != null && sentCountInWindow >= cap.count()) {
			return new ContactDecision(false, "frequency cap " + channel + " " + cap.text() + " reached (" + sentCountInWindow
					+ " sent)", null);
		}
		return ContactDecision.ALLOWED;
	}

}
