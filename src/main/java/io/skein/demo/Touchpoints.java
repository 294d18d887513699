package io.skein.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.EventInput.Identifiers;
import io.skein.ingest.RecordInput;

/**
 * One person's events in the making, each channel carrying what that channel really knows: the web a
 * cookie (and an email once logged in), the app a device, SMS and WhatsApp a phone, branches and the call
 * centre their own record of the customer, the ledger an account number.
 */
final class Touchpoints {

	private final Person person;

	private final List<RecordInput> records;

	private final Dice dice;

	private final String cookie;

	private final String device;

	private final List<EventDraft> drafts = new ArrayList<>();

	private final boolean plain;

	Touchpoints(Person person, List<RecordInput> records, Dice dice) {
		this.person = person;
		this.records = records;
		this.dice = dice;
		this.cookie = "ck_" + dice.hex(16);
		this.device = person.profile().appUser() ? "dev_" + dice.hex(12) : null;
		this.plain = false;
	}

	private Touchpoints(Person person, List<RecordInput> records, String cookie, String device) {
		this.person = person;
		this.records = records;
		this.dice = new Dice(0);
		this.cookie = cookie;
		this.device = device;
		this.plain = true;
	}

	/** A hand-written person: fixed cookie and device, always named by their clean email. */
	static Touchpoints plain(Person person, List<RecordInput> records, String cookie, String device) {
		return new Touchpoints(person, records, cookie, device);
	}

	Person person() {
		return this.person;
	}

	boolean hasApp() {
		return this.device != null;
	}

	/** Website traffic: anonymous carries only the cookie, a logged-in visit the cookie and the email. */
	void web(Instant at, String type, Map<String, Object> properties, boolean anonymous, PurposeType evidenceOf) {
		webFrom(this.cookie, at, type, properties, anonymous, evidenceOf);
	}

	/** From another browser, with its own cookie. */
	void webFrom(String browserCookie, Instant at, String type, Map<String, Object> properties, boolean anonymous,
			PurposeType evidenceOf) {
		add(at, type, Channels.WEB, browserCookie, null, anonymous ? null : byEmail(), properties, evidenceOf);
	}

	/** The website's identify call: ties the cookie's anonymous browsing to the email. */
	void webLogin(Instant at, PurposeType evidenceOf) {
		add(at, "Login", Channels.WEB, this.cookie, null, byEmail(), props("method", this.dice.pick("password", "otp")),
				evidenceOf);
	}

	void app(Instant at, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		Identifiers who = this.plain || this.dice.chance(0.7) || accountNumber() == null ? byEmail()
				: byAccount(accountNumber());
		add(at, type, Channels.APP, null, this.device, who, properties, evidenceOf);
	}

	/** Web for web users, the app for app users: where a digital person does things. */
	void digital(Instant at, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		if (hasApp() && this.dice.chance(0.5)) {
			app(at, type, properties, evidenceOf);
		}
		else {
			web(at, type, properties, false, evidenceOf);
		}
	}

	void email(Instant at, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		add(at, type, Channels.EMAIL, null, null, byEmail(), properties, evidenceOf);
	}

	void social(Instant at, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		Identifiers who = this.plain || this.dice.chance(0.75) ? byEmail() : byPhone();
		add(at, type, Channels.SOCIAL, null, null, who, properties, evidenceOf);
	}

	void messaging(Instant at, String channel, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		add(at, type, channel, null, null, byPhone(), properties, evidenceOf);
	}

	/** Branch and call centre name the customer by their own record when they have one, else by phone. */
	void assisted(Instant at, String channel, String type, Map<String, Object> properties, PurposeType evidenceOf) {
		String source = channel.equals(Channels.BRANCH) ? Source.BRANCH.code : Source.CALL_CENTRE.code;
		Identifiers who = this.records.stream().filter(r -> r.source().equals(source)).findFirst()
				.map(r -> new Identifiers(null, null, null, null, r.source(), r.sourceId()))
				.orElseGet(() -> accountNumber() != null && this.dice.chance(0.6) ? byAccount(accountNumber())
						: byPhone());
		add(at, type, channel, null, null, who, properties, evidenceOf);
	}

	/** What the ledger reports (salary, EMI, card swipes), alerted by SMS. */
	void ledger(Instant at, String type, String accountNumber, Map<String, Object> properties,
			PurposeType evidenceOf) {
		add(at, type, Channels.SMS, null, null, byAccount(accountNumber), properties, evidenceOf);
	}

	/**
	 * A consent statement, identified by the person's own e-mail (a household shares its mobile) and drawing
	 * nothing from this person's dice, so the rest of the bank is the same with or without consents.
	 */
	void consent(Instant at, String channel, Map<String, Object> properties) {
		add(at, "consent_updated", channel, null, null, new Identifiers(this.person.email(), null, null, null, null, null),
				properties, null);
	}

	/** The app was installed in the window: the install is the first event its device sends. */
	void installAppBeforeFirstUse(Instant fallback, Instant notBefore) {
		Instant first = this.drafts.stream().filter(d -> this.device.equals(d.deviceId())).map(EventDraft::at)
				.min(Comparator.naturalOrder()).orElse(fallback);
		Instant installed = first.minusSeconds(60L * this.dice.between(2, 600));
		add(installed.isBefore(notBefore) ? first.minusSeconds(30) : installed, "App_installed", Channels.APP, null, this.device,
				byEmail(), props("platform", this.dice.pick("android", "android", "android", "ios"), "appVersion",
						"5." + this.dice.between(8, 14) + ".0"),
				null);
	}

	String accountNumber() {
		return this.person.holdings().stream().filter(Holding::isOpen).filter(h -> h.balance() != null)
				.map(Holding::accountNumber).findFirst().orElse(null);
	}

	/** In time order; ties keep the order they were made in. */
	List<EventDraft> inOrder() {
		List<EventDraft> sorted = new ArrayList<>(this.drafts);
		sorted.sort(Comparator.comparing(EventDraft::at));
		return sorted;
	}

	private void add(Instant at, String type, String channel, String anonymousId, String deviceId, Identifiers who,
			Map<String, Object> properties, PurposeType evidenceOf) {
		this.drafts.add(new EventDraft(at, type, channel, anonymousId, deviceId, who, properties, evidenceOf));
	}

	private Identifiers byEmail() {
		String email = !this.plain && this.dice.chance(0.05) ? Dirt.emailCase(this.person.email(), this.dice) : this.person.email();
		return new Identifiers(email, null, null, null, null, null);
	}

	private Identifiers byPhone() {
		return new Identifiers(null, Dirt.phone(this.person.mobile(), this.dice), null, null, null, null);
	}

	private static Identifiers byAccount(String accountNumber) {
		return new Identifiers(null, null, accountNumber, null, null, null);
	}

	/** Properties in the order given: key, value, key, value... */
	static Map<String, Object> props(Object... keysAndValues) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return properties;
	}

}
