package io.skein.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.skein.demo.Touchpoints.props;

/**
 * Plays a planted purpose as events: becoming aware (a few page views, a like, an opened email),
 * considering (calculators, a click, a question at the branch), applying (application steps, KYC,
 * a quote, a fund selection) and, for converters, the submission, purchase or order that opened the
 * product. A dropped journey is an applying one that simply stops.
 */
final class Journeys {

	/** The {@code loanType} an application form records. */
	private static final Map<String, String> LOAN_TYPES = Map.of(Products.HOME_LOAN, "home", Products.PERSONAL_LOAN,
			"personal", Products.GOLD_LOAN, "gold", Products.CAR_LOAN, "car", Products.EDUCATION_LOAN, "education",
			Products.BUSINESS_LOAN, "business");

	private final EventWindow window;

	private final Dice dice;

	private final Touchpoints touch;

	private Instant cursor;

	Journeys(EventWindow window, Dice dice, Touchpoints touch) {
		this.window = window;
		this.dice = dice;
		this.touch = touch;
	}

	void play(PlannedPurpose plan) {
		if (plan.stage() == Stage.DORMANT) {
			return;
		}
		this.cursor = this.window.during(plan.start(), this.dice);
		aware(plan.type(), plan.product());
		if (plan.stage() == Stage.AWARE) {
			return;
		}
		later(Duration.ofDays(this.dice.between(1, 3)));
		considering(plan.type(), plan.product());
		if (plan.stage() == Stage.CONSIDERING) {
			return;
		}
		later(Duration.ofDays(this.dice.between(1, 3)));
		boolean converts = plan.stage() == Stage.CONVERTED;
		applying(plan.type(), plan.product(), converts);
		if (converts) {
			Instant onTheDay = this.window.during(plan.convertedOn(), this.dice);
			this.cursor = onTheDay.isAfter(this.cursor) ? onTheDay : this.cursor.plusSeconds(600);
			converted(plan.type(), plan.product());
		}
	}

	private void aware(PurposeType type, String product) {
		int roll = this.dice.between(0, 9);
		if (roll < 6 && this.touch.person().profile().digital()) {
			browse(type, product, this.dice.between(1, 3));
		}
		else if (roll < 8) {
			this.touch.social(now(), this.dice.chance(0.7) ? "Social_like" : "Social_share",
					props("campaign", type.campaign, "Page category", type.pageCategory, "network",
							this.dice.pick("instagram", "facebook", "linkedin", "x")),
					type);
		}
		else {
			this.touch.email(now(), "Email_opened", props("campaign", type.campaign), type);
		}
	}

	private void considering(PurposeType type, String product) {
		if (this.touch.person().profile().digital()) {
			browse(type, product, this.dice.between(1, 3));
		}
		if (this.dice.chance(0.4)) {
			later(Duration.ofHours(this.dice.between(2, 30)));
			this.touch.email(now(), "Email_opened", props("campaign", type.campaign), type);
			later(Duration.ofMinutes(this.dice.between(1, 20)));
			this.touch.email(now(), "Email_clicked", props("campaign", type.campaign, "link",
					SitePages.paths(type, product).get(0)),
					type);
		}
		if (this.dice.chance(this.touch.person().profile().digital() ? 0.25 : 0.9)) {
			later(Duration.ofHours(this.dice.between(2, 30)));
			String channel = this.dice.chance(0.5) ? Channels.BRANCH : Channels.CALL_CENTRE;
			String type2 = channel.equals(Channels.BRANCH) ? "Branch_visit" : "Call_centre_call";
			String note = this.dice.pick(SitePages.notes(type, product, this.touch.person().home().city()));
			this.touch.assisted(now(), channel, type2, channel.equals(Channels.BRANCH) ? props("notes", note)
					: props("notes", note, "durationSeconds", this.dice.between(60, 900)), type);
		}
	}

	private void applying(PurposeType type, String product, boolean completes) {
		switch (type) {
			case HOME_LOAN, PERSONAL_LOAN, CAR_LOAN, EDUCATION_LOAN, BUSINESS_LOAN -> loan(type, product, completes);
			case INSURANCE -> quote(type, product);
			case TRAVEL -> {
				if (product.equals(Products.TRAVEL_INSURANCE)) {
					quote(type, product);
				}
				else {
					page(type, SitePages.applyPath(type, product), false);
					kyc(type, completes);
				}
			}
			case INVESTMENT -> act("Investment_selection_started", product.equals(Products.MUTUAL_FUND)
					? props("product", product, "fundCategory", this.dice.pick("equity", "hybrid", "debt", "elss", "index"),
							"sip", this.dice.chance(0.6))
					: props("product", product), type);
			case SAVINGS -> {
				page(type, SitePages.applyPath(type, product), false);
				act("Investment_selection_started", props("product", product, "tenureMonths",
						this.dice.pick(6, 12, 24, 36, 60)), type);
			}
			default -> {
				page(type, SitePages.applyPath(type, product), false);
				kyc(type, completes);
			}
		}
	}

	private void loan(PurposeType type, String product, boolean completes) {
		String loanType = LOAN_TYPES.get(product);
		int amount = switch (product) {
			case Products.HOME_LOAN -> PeopleFactory.roundTo(this.dice.logBetween(1_500_000, 9_000_000), 50_000);
			case Products.CAR_LOAN -> PeopleFactory.roundTo(this.dice.logBetween(300_000, 2_000_000), 10_000);
			case Products.EDUCATION_LOAN -> PeopleFactory.roundTo(this.dice.logBetween(300_000, 5_000_000), 50_000);
			case Products.BUSINESS_LOAN -> PeopleFactory.roundTo(this.dice.logBetween(500_000, 5_000_000), 50_000);
			case Products.GOLD_LOAN -> PeopleFactory.roundTo(this.dice.logBetween(20_000, 500_000), 5_000);
			default -> PeopleFactory.roundTo(this.dice.logBetween(50_000, 1_000_000), 10_000);
		};
		act("Loan_application_started", props("loanType", loanType, "product", product, "amount", amount), type);
		int steps = completes ? 4 : this.dice.between(1, 3);
		for (int step = 1; step <= steps; step++) {
			later(Duration.ofMinutes(this.dice.between(2, 40)));
			act("Loan_application_step", props("step", step, "loanType", loanType), type);
		}
		kyc(type, completes);
		if (completes) {
			later(Duration.ofMinutes(this.dice.between(5, 60)));
			act("Loan_application_submitted", props("loanType", loanType, "product", product, "amount", amount), type);
		}
	}

	private void quote(PurposeType type, String product) {
		act("Insurance_quote_requested", props("product", product, "premium",
				PeopleFactory.roundTo(this.dice.logBetween(6_000, 60_000), 100), "coverAmount",
				PeopleFactory.roundTo(this.dice.logBetween(2_500_000, 20_000_000), 500_000)), type);
	}

	private void converted(PurposeType type, String product) {
		switch (type) {
			case INSURANCE, TRAVEL -> {
				if (product.equals(Products.FOREX_CARD)) {
					return;
				}
				act("Insurance_policy_purchased", props("product", product, "premium",
						PeopleFactory.roundTo(this.dice.logBetween(6_000, 60_000), 100)), type);
				if (this.dice.chance(0.5) && this.touch.person().profile().digital()) {
					// One-time buyers come back to look, but do not buy again.
					later(Duration.ofDays(this.dice.between(10, 40)));
					browse(type, product, this.dice.between(1, 2));
				}
			}
			case INVESTMENT, SAVINGS -> act("Investment_order_placed", props("product", product, "amount",
					PeopleFactory.roundTo(this.dice.logBetween(5_000, 300_000), 1000)), type);
			default -> {
				// Loans, cards and accounts were completed in applying; the ledger shows the rest.
			}
		}
	}

	private void kyc(PurposeType type, boolean completes) {
		String[] steps = { "pan_verified", "address_proof", "video_kyc" };
		int done = completes ? 3 : this.dice.between(1, 2);
		for (int i = 0; i < done; i++) {
			later(Duration.ofMinutes(this.dice.between(3, 90)));
			act("KYC_step", props("step", steps[i]), type);
		}
		if (completes) {
			later(Duration.ofMinutes(this.dice.between(5, 120)));
			act("KYC_completed", props("method", this.dice.pick("video_kyc", "branch", "aadhaar_otp")), type);
		}
	}

	/** A session of page views: sometimes anonymous until the visitor logs in (or never does). */
	private void browse(PurposeType type, String product, int pages) {
		boolean anonymous = !this.touch.hasApp() && this.dice.chance(0.55) || this.dice.chance(0.25);
		boolean logsIn = this.dice.chance(0.75);
		for (int i = 0; i < pages; i++) {
			page(type, this.dice.pick(SitePages.paths(type, product)), anonymous);
			later(Duration.ofSeconds(this.dice.between(30, 400)));
		}
		if (anonymous && logsIn) {
			this.touch.webLogin(now(), type);
			later(Duration.ofSeconds(this.dice.between(20, 200)));
			page(type, this.dice.pick(SitePages.paths(type, product)), false);
		}
	}

	private void page(PurposeType type, String path, boolean anonymous) {
		Map<String, Object> properties = props("Page URL", Channels.SITE + path, "Page category", type.pageCategory,
				"Time_on_page_s", this.dice.between(5, 300), "Logged_in", !anonymous);
		if (!anonymous && this.dice.chance(0.3)) {
			properties.put("First_Name", this.touch.person().firstName());
		}
		if (!anonymous && this.dice.chance(0.15)) {
			properties.put("Email", this.touch.person().email());
		}
		if (!anonymous && this.dice.chance(0.1) && this.touch.accountNumber() != null) {
			properties.put("Account_Number", this.touch.accountNumber());
		}
		if (!anonymous && this.touch.hasApp() && this.dice.chance(0.4)) {
			this.touch.app(now(), "Page_viewed", properties, type);
		}
		else {
			this.touch.web(now(), "Page_viewed", properties, anonymous, type);
		}
	}

	/** Applications go through the digital channels, or the branch for people who do not use them. */
	private void act(String eventType, Map<String, Object> properties, PurposeType type) {
		if (this.touch.person().profile().digital()) {
			this.touch.digital(now(), eventType, properties, type);
		}
		else if (this.dice.chance(0.2)) {
			this.touch.messaging(now(), Channels.WHATSAPP, eventType, properties, type);
		}
		else {
			this.touch.assisted(now(), Channels.BRANCH, eventType, properties, type);
		}
		later(Duration.ofSeconds(this.dice.between(30, 300)));
	}

	private Instant now() {
		return this.window.clamp(this.cursor);
	}

	private void later(Duration gap) {
		this.cursor = this.cursor.plus(gap);
	}

}
