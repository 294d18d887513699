package io.skein.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a customer's accounts from their {@link Propensity}, product by product, so that what they hold
 * follows from their life and from what they already hold; deposits and investments add up to a total
 * inside their wealth tier, with cards, loans and policies on top. Opening dates follow life too: the
 * savings account first, home cover with the home loan, motor cover with the car loan. Every account
 * number comes from the shared mint.
 */
final class PortfolioFactory {

	private static final LocalDate BANK_RECORDS_BEGIN = LocalDate.of(2004, 1, 1);

	private final IdentifierMint mint;

	private final LocalDate windowStart;

	private final LocalDate asOf;

	PortfolioFactory(IdentifierMint mint, EventWindow window) {
		this.mint = mint;
		this.windowStart = window.first();
		this.asOf = window.asOf();
	}

	List<Holding> holdings(Profile profile, LocalDate born, Dice dice) {
		double assets = dice.logBetween(profile.wealthTier().low, profile.wealthTier().high);
		int age = born.until(this.windowStart).getYears();
		LocalDate adult = born.plusYears(18);
		Set<String> held = new HashSet<>();
		for (String product : Products.ALL) {
			if (dice.chance(Propensity.of(product, new Propensity.Facts(profile, age, assets, held)))) {
				held.add(product);
			}
		}
		List<String> assetProducts = Products.ASSETS.stream().filter(held::contains).toList();
		double[] shares = shares(assetProducts.size(), dice);
		Map<String, LocalDate> opened = new HashMap<>();
		for (String product : Products.ALL) {
			if (held.contains(product) && !product.equals(Products.SAVINGS)) {
				opened.put(product, openedBefore(product, opened, adult, dice));
			}
		}
		// The savings account is where the relationship began.
		LocalDate first = opened.values().stream().min(LocalDate::compareTo).orElse(this.windowStart);
		opened.put(Products.SAVINGS, openedBefore(Products.SAVINGS, Map.of(), adult, first, dice));
		List<Holding> holdings = new ArrayList<>();
		for (String product : Products.ALL) {
			if (held.contains(product)) {
				int asset = assetProducts.indexOf(product);
				Double balance = asset >= 0 ? Double.valueOf(rupees(assets * shares[asset])) : owed(product, dice);
				holdings.add(new Holding(this.mint.nextAccountNumber(), product, opened.get(product), null, balance));
			}
		}
		if (dice.chance(0.08)) {
			LocalDate old = openedBefore(Products.SAVINGS, Map.of(), adult, this.windowStart, dice);
			LocalDate closed = old.plusDays(dice.between(200, 2000));
			if (closed.isBefore(this.windowStart)) {
				holdings.add(new Holding(this.mint.nextAccountNumber(), Products.SAVINGS, old, closed, 0.0));
			}
		}
		return holdings;
	}

	/**
	 * The person with what their conversions in the window opened, and the covers the bank sold with them
	 * (home cover with a home loan, motor cover with a car loan) in the days after.
	 */
	Person withConversions(Person person, List<PlannedPurpose> plans, Dice dice) {
		List<Holding> holdings = new ArrayList<>(person.holdings());
		for (PlannedPurpose plan : plans) {
			if (plan.stage() != Stage.CONVERTED) {
				continue;
			}
			holdings.add(openedOn(plan.product(), plan.convertedOn(), dice));
			Propensity.Facts facts = Propensity.Facts.of(person.withHoldings(holdings), plan.convertedOn());
			for (String cover : Propensity.soldWith(plan.product())) {
				if (!facts.holds(cover) && dice.chance(Propensity.of(cover, facts))) {
					LocalDate day = plan.convertedOn().plusDays(dice.between(0, 10));
					holdings.add(openedOn(cover, day.isBefore(this.asOf) ? day : this.asOf, dice));
				}
			}
		}
		return holdings.size() == person.holdings().size() ? person : person.withHoldings(holdings);
	}

	/** A product bought in the window, on the day the person converted. */
	Holding openedOn(String productCode, LocalDate day, Dice dice) {
		Double balance = switch (productCode) {
			case Products.FIXED_DEPOSIT, Products.MUTUAL_FUND, Products.PPF, Products.DEMAT -> (double) PeopleFactory
				.roundTo(dice.logBetween(10_000, 300_000), 5000);
			case Products.SAVINGS, Products.CURRENT, Products.RECURRING_DEPOSIT -> rupees(dice.logBetween(1_000, 60_000));
			case Products.CREDIT_CARD -> -rupees(dice.between(0, 25_000));
			default -> owed(productCode, dice);
		};
		return new Holding(this.mint.nextAccountNumber(), productCode, day, null, balance);
	}

	/** What a loan or card owes, negative; {@code null} for policies and the forex card. */
	private static Double owed(String productCode, Dice dice) {
		return switch (productCode) {
			case Products.CREDIT_CARD -> -rupees(dice.between(0, 80_000));
			case Products.HOME_LOAN -> -rupees(dice.logBetween(800_000, 6_000_000));
			case Products.CAR_LOAN -> -rupees(dice.logBetween(150_000, 1_500_000));
			case Products.PERSONAL_LOAN -> -rupees(dice.logBetween(50_000, 800_000));
			case Products.EDUCATION_LOAN -> -rupees(dice.logBetween(200_000, 4_000_000));
			case Products.GOLD_LOAN -> -rupees(dice.logBetween(20_000, 500_000));
			case Products.BUSINESS_LOAN -> -rupees(dice.logBetween(300_000, 5_000_000));
			default -> null;
		};
	}

	/**
	 * When an account held before the window opened: the savings account any time since adulthood, a cover
	 * sold with a loan within days of it, an annual policy within the last year, anything else within the
	 * years its kind usually runs.
	 */
	private LocalDate openedBefore(String product, Map<String, LocalDate> opened, LocalDate adult, Dice dice) {
		return openedBefore(product, opened, adult, this.windowStart, dice);
	}

	/** As above, before {@code before}. */
	private LocalDate openedBefore(String product, Map<String, LocalDate> opened, LocalDate adult, LocalDate before,
			Dice dice) {
		LocalDate earliest = adult.isAfter(BANK_RECORDS_BEGIN) ? adult : BANK_RECORDS_BEGIN;
		LocalDate latest = before.minusDays(1);
		LocalDate with = soldWith(product, opened, dice);
		if (with != null) {
			LocalDate day = with.plusDays(dice.between(0, 30));
			return day.isAfter(latest) ? latest : day;
		}
		double[] years = switch (product) {
			case Products.SAVINGS -> new double[] { 0, 25 };
			case Products.FIXED_DEPOSIT, Products.RECURRING_DEPOSIT -> new double[] { 0.1, 3 };
			case Products.GOLD_LOAN -> new double[] { 0.05, 1 };
			case Products.MOTOR_INSURANCE, Products.TRAVEL_INSURANCE -> new double[] { 0.02, 1 };
			case Products.PERSONAL_LOAN -> new double[] { 0.1, 4 };
			case Products.CAR_LOAN, Products.BUSINESS_LOAN, Products.FOREX_CARD -> new double[] { 0.1, 6 };
			case Products.MUTUAL_FUND, Products.DEMAT, Products.EDUCATION_LOAN -> new double[] { 0.2, 8 };
			case Products.HOME_LOAN, Products.LIFE_INSURANCE, Products.PPF, Products.CURRENT -> new double[] { 0.3, 15 };
			default -> new double[] { 0.2, 10 };
		};
		LocalDate from = latest.minusDays((long) (years[1] * 365));
		LocalDate to = latest.minusDays((long) (years[0] * 365));
		if (from.isBefore(earliest)) {
			from = earliest;
		}
		if (!to.isAfter(from)) {
			return from.isAfter(latest) ? latest : from;
		}
		return from.plusDays(dice.random().nextLong(from.until(to, ChronoUnit.DAYS) + 1));
	}

	/** The day of the product this one was most likely sold with, if they hold it and it was. */
	private static LocalDate soldWith(String product, Map<String, LocalDate> opened, Dice dice) {
		for (String first : Products.ALL) {
			if (opened.containsKey(first) && Propensity.soldWith(first).contains(product)) {
				return dice.chance(0.6) ? opened.get(first) : null;
			}
		}
		return null;
	}

	private static double[] shares(int parts, Dice dice) {
		double[] shares = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			shares[i] = dice.between(0.2, 1.0);
			sum += shares[i];
		}
		for (int i = 0; i < parts; i++) {
			shares[i] /= sum;
		}
		return shares;
	}

	/** Paise precision, as a ledger prints it. */
	static double rupees(double amount) {
		return Math.round(amount * 100) / 100.0;
	}

}
