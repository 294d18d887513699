package io.skein.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.skein.demo.Touchpoints.props;

/**
 * Everyday life in the window, evidence of no purpose: salary in, EMIs and bills out, card swipes, the
 * monthly newsletter, a look at the balance. Dormant people have none of it.
 */
final class Routine {

	private static final List<String> BILLERS = List.of("electricity", "mobile", "broadband", "water", "gas",
			"dth");

	private static final List<String> MERCHANTS = List.of("groceries", "fuel", "dining", "electronics", "apparel",
			"travel", "pharmacy", "online_shopping");

	private final EventWindow window;

	private final Dice dice;

	private final Touchpoints touch;

	Routine(EventWindow window, Dice dice, Touchpoints touch) {
		this.window = window;
		this.dice = dice;
		this.touch = touch;
	}

	void live() {
		Person person = this.touch.person();
		Profile profile = person.profile();
		if (profile.dormant()) {
			return;
		}
		for (YearMonth month = YearMonth.from(this.window.first()); !month.isAfter(YearMonth.from(this.window.asOf()));
				month = month.plusMonths(1)) {
			salary(person, month);
			for (Holding holding : person.holdings()) {
				if (holding.isOpen() && holding.isLoan()) {
					onDay(month, 5, day -> this.touch.ledger(at(day), "EMI_paid", holding.accountNumber(),
							props("amount", emi(holding), "accountNumber", holding.accountNumber()), null), holding);
				}
				if (holding.isOpen() && holding.productCode().equals(Products.CREDIT_CARD)) {
					cardSwipes(month, holding, profile.globetrotter());
				}
			}
			if (profile.digital() && this.dice.chance(0.5)) {
				bill(month);
			}
			if (this.dice.chance(0.4)) {
				LocalDate day = inMonth(month, this.dice.between(1, 28));
				if (inWindow(day)) {
					String campaign = "newsletter-" + month;
					this.touch.email(at(day), "Email_opened", props("campaign", campaign), null);
					if (this.dice.chance(0.25)) {
						this.touch.email(at(day).plusSeconds(90), "Email_clicked", props("campaign", campaign), null);
					}
				}
			}
			if (profile.digital() && this.dice.chance(0.3)) {
				LocalDate day = inMonth(month, this.dice.between(1, 28));
				if (inWindow(day)) {
					this.touch.digital(at(day), "Page_viewed", props("Page URL",
							Channels.SITE + this.dice.pick(SitePages.ROUTINE_PATHS), "Page category", "Accounts",
							"Time_on_page_s", this.dice.between(5, 120), "Logged_in", true), null);
				}
			}
			if (!profile.digital() && this.dice.chance(0.12)) {
				LocalDate day = inMonth(month, this.dice.between(1, 28));
				if (inWindow(day)) {
					String channel = this.dice.chance(0.5) ? Channels.BRANCH : Channels.CALL_CENTRE;
					this.touch.assisted(at(day), channel, channel.equals(Channels.BRANCH) ? "Branch_visit"
							: "Call_centre_call", props("notes", this.dice.pick(SitePages.ROUTINE_NOTES)), null);
				}
			}
		}
		fdMaturity(person);
		if (this.touch.hasApp() && this.dice.chance(0.3)) {
			this.touch.installAppBeforeFirstUse(at(this.window.anyDay(this.dice)), this.window.start());
		}
	}

	private void salary(Person person, YearMonth month) {
		if (!person.profile().salaried()) {
			return;
		}
		person.holdings().stream().filter(h -> h.productCode().equals(Products.SAVINGS) && h.isOpen()).findFirst()
				.ifPresent(savings -> onDay(month, 1, day -> this.touch.ledger(at(day), "Salary_credited",
						savings.accountNumber(), props("amount", person.profile().monthlyIncome()), null), savings));
	}

	private void cardSwipes(YearMonth month, Holding card, boolean globetrotter) {
		int swipes = this.dice.between(0, 4);
		for (int i = 0; i < swipes; i++) {
			LocalDate day = inMonth(month, this.dice.between(1, 28));
			if (inWindow(day) && !day.isBefore(card.openedAt())) {
				boolean abroad = globetrotter && this.dice.chance(0.35);
				this.touch.ledger(at(day), "Card_transaction", card.accountNumber(),
						props("amount", PortfolioFactory.rupees(this.dice.logBetween(150, abroad ? 60_000 : 15_000)),
								"merchantCategory", abroad ? "travel" : this.dice.pick(MERCHANTS), "international", abroad),
						null);
			}
		}
	}

	private void bill(YearMonth month) {
		LocalDate day = inMonth(month, this.dice.between(3, 15));
		if (!inWindow(day)) {
			return;
		}
		var properties = props("biller", this.dice.pick(BILLERS), "amount",
				PortfolioFactory.rupees(this.dice.logBetween(199, 6_000)));
		if (this.dice.chance(0.15)) {
			this.touch.messaging(at(day), Channels.WHATSAPP, "Bill_paid", properties, null);
		}
		else {
			this.touch.digital(at(day), "Bill_paid", properties, null);
		}
	}

	private void fdMaturity(Person person) {
		person.holdings().stream().filter(h -> h.productCode().equals(Products.FIXED_DEPOSIT) && h.isOpen())
				.filter(h -> h.openedAt().isBefore(this.window.first()) && this.dice.chance(0.25)).findFirst()
				.ifPresent(fd -> this.touch.ledger(at(this.window.anyDay(this.dice)), "FD_matured", fd.accountNumber(),
						props("amount", fd.balance(), "accountNumber", fd.accountNumber()), null));
	}

	private void onDay(YearMonth month, int dayOfMonth, java.util.function.Consumer<LocalDate> event, Holding holding) {
		LocalDate day = inMonth(month, dayOfMonth);
		if (inWindow(day) && day.isAfter(holding.openedAt())) {
			event.accept(day);
		}
	}

	private static int emi(Holding loan) {
		// A month's instalment as a share of what is owed: long tenures pay little, a gold loan only interest.
		double rate = switch (loan.productCode()) {
			case Products.HOME_LOAN -> 0.0095;
			case Products.GOLD_LOAN -> 0.01;
			case Products.EDUCATION_LOAN -> 0.012;
			case Products.CAR_LOAN -> 0.021;
			case Products.BUSINESS_LOAN -> 0.024;
			default -> 0.032;
		};
		return PeopleFactory.roundTo(Math.abs(loan.balance()) * rate, 10);
	}

	private java.time.Instant at(LocalDate day) {
		return this.window.during(day, this.dice);
	}

	private static LocalDate inMonth(YearMonth month, int day) {
		return month.atDay(Math.min(day, month.lengthOfMonth()));
	}

	private boolean inWindow(LocalDate day) {
		return !day.isBefore(this.window.first()) && !day.isAfter(this.window.asOf());
	}

}
