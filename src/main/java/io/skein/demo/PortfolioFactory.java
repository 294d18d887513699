package io.skein.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a customer's accounts so that their deposits and investments add up to a total inside their
 * wealth tier, with cards, loans and policies on top. Every account number comes from the shared mint.
 */
final class PortfolioFactory {

	private final IdentifierMint mint;

	private final LocalDate windowStart;

	PortfolioFactory(IdentifierMint mint, LocalDate windowStart) {
		this.mint = mint;
		this.windowStart = windowStart;
	}

	List<Holding> holdings(Profile profile, LocalDate born, Dice dice) {
		WealthTier tier = profile.wealthTier();
		double assets = dice.logBetween(tier.low, tier.high);
		LocalDate adult = born.plusYears(18);
		List<Holding> holdings = new ArrayList<>();

		List<String> assetProducts = new ArrayList<>(List.of(Products.SAVINGS));
		if (assets > 100_000 && dice.chance(0.5)) {
			assetProducts.add(Products.FIXED_DEPOSIT);
		}
		if (assets > 250_000 && dice.chance(0.5)) {
			assetProducts.add(Products.MUTUAL_FUND);
		}
		if (profile.occupation().equals("business_owner") || dice.chance(0.05)) {
			assetProducts.add(Products.CURRENT);
		}
		double[] shares = shares(assetProducts.size(), dice);
		for (int i = 0; i < assetProducts.size(); i++) {
			holdings.add(before(assetProducts.get(i), adult, rupees(assets * shares[i]), dice));
		}

		if (dice.chance(0.3)) {
			holdings.add(before(Products.CREDIT_CARD, adult, -rupees(dice.between(0, 80_000)), dice));
		}
		if (dice.chance(0.08) && profile.monthlyIncome() > 40_000) {
			holdings.add(before(Products.HOME_LOAN, adult, -rupees(dice.logBetween(800_000, 6_000_000)), dice));
		}
		if (dice.chance(0.07)) {
			holdings.add(before(Products.PERSONAL_LOAN, adult, -rupees(dice.logBetween(50_000, 800_000)), dice));
		}
		for (String policy : Products.INSURANCE) {
			if (dice.chance(0.1)) {
				holdings.add(before(policy, adult, null, dice));
			}
		}
		if (dice.chance(0.08)) {
			LocalDate opened = openedBefore(adult, dice);
			LocalDate closed = opened.plusDays(dice.between(200, 2000));
			if (closed.isBefore(this.windowStart)) {
				holdings.add(new Holding(this.mint.nextAccountNumber(), Products.SAVINGS, opened, closed, 0.0));
			}
		}
		return holdings;
	}

	/** A product bought in the window, on the day the person converted. */
	Holding openedOn(String productCode, LocalDate day, Dice dice) {
		Double balance = switch (productCode) {
			case Products.HOME_LOAN -> -rupees(dice.logBetween(1_500_000, 7_500_000));
			case Products.PERSONAL_LOAN -> -rupees(dice.logBetween(50_000, 800_000));
			case Products.CREDIT_CARD -> -rupees(dice.between(0, 25_000));
			case Products.FIXED_DEPOSIT, Products.MUTUAL_FUND -> (double) PeopleFactory.roundTo(
					dice.logBetween(10_000, 300_000), 5000);
			case Products.SAVINGS, Products.CURRENT -> rupees(dice.logBetween(1_000, 60_000));
			default -> null;
		};
		return new Holding(this.mint.nextAccountNumber(), productCode, day, null, balance);
	}

	private Holding before(String productCode, LocalDate adult, Double balance, Dice dice) {
		return new Holding(this.mint.nextAccountNumber(), productCode, openedBefore(adult, dice), null, balance);
	}

	private LocalDate openedBefore(LocalDate adult, Dice dice) {
		LocalDate earliest = adult.isAfter(LocalDate.of(2004, 1, 1)) ? adult : LocalDate.of(2004, 1, 1);
		long span = Math.max(1, earliest.until(this.windowStart.minusDays(1), java.time.temporal.ChronoUnit.DAYS));
		return earliest.plusDays(dice.random().nextLong(span));
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
