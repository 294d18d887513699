package io.skein.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.skein.demo.Touchpoints.props;

/**
 * What each person said about being contacted, as {@code consent_updated} events before the event window
 * (at onboarding, so they change nobody's recency, silence or purposes): about 70% allow marketing by e-mail
 * and SMS, about 80% reminders by e-mail and SMS, and about one in ten of those who allowed marketing
 * e-mails withdrew it later. Drawn from their own dice (seed and person number), so the rest of the bank is
 * byte for byte what it is without them. Alice allows both.
 */
final class Consents {

	static final double MARKETING_SHARE = 0.7;

	static final double REMINDERS_SHARE = 0.8;

	static final double WITHDRAWN_SHARE = 0.1;

	/** Salt for the consent dice: a stream apart from the household dice. */
	private static final long SALT = 0xC025E27L;

	private Consents() {
	}

	static void give(Person person, long personNumber, long seed, EventWindow window, Touchpoints touch) {
		Dice dice = Dice.forPart(seed ^ SALT, personNumber);
		boolean alice = personNumber == Alice.PERSON_NUMBER;
		LocalDate onboarded = window.first().minusDays(dice.between(60, 700));
		Instant at = onboarded.atTime(dice.between(4, 13), dice.between(0, 59)).toInstant(ZoneOffset.UTC);
		String source = dice.pick("account_opening", "mobile_app", "branch_form", "website");
		String proof = "form:" + person.id() + ":" + onboarded;
		String channel = source.equals("mobile_app") ? Channels.APP : source.equals("website") ? Channels.WEB : Channels.BRANCH;
		boolean marketing = alice || dice.chance(MARKETING_SHARE);
		boolean reminders = alice || dice.chance(REMINDERS_SHARE);
		boolean withdraws = !alice && dice.chance(WITHDRAWN_SHARE);
		int withdrawnAfter = dice.between(5, 50);
		if (marketing) {
			state(touch, at, channel, "EMAIL", "MARKETING", true, source, proof);
			state(touch, at, channel, "SMS", "MARKETING", true, source, proof);
			if (withdraws) {
				// an unsubscribe link: later, but still before the window
				state(touch, at.plusSeconds(86_400L * withdrawnAfter), Channels.EMAIL, "EMAIL", "MARKETING", false,
						"unsubscribe_link", "unsubscribe:" + person.id());
			}
		}
		if (reminders) {
			state(touch, at, channel, "EMAIL", "REMINDERS", true, source, proof);
			state(touch, at, channel, "SMS", "REMINDERS", true, source, proof);
		}
	}

	private static void state(Touchpoints touch, Instant at, String eventChannel, String channel, String purpose,
			boolean granted, String source, String proof) {
		touch.consent(at, eventChannel, props("channel", channel, "purpose", purpose, "granted", granted, "source", source,
				"proof", proof));
	}

}
