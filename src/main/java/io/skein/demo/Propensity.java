package io.skein.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How likely a person is to hold a product, given who they are and what they already hold: the one model
 * their portfolio, the purposes they pursue and the covers sold with a new loan are all drawn from.
 * Products go together because their causes do (a home bought on a loan, a car, children, travel, a
 * business, savings to invest), and a few are sold together (home cover with the home loan). Pure: the
 * same facts always give the same chance.
 */
final class Propensity {

	/** What a chance depends on: {@code assets} is the INR total of deposits and investments. */
	record Facts(Profile profile, int age, double assets, Set<String> held) {

		/** A generated person's facts on {@code day}: their open holdings and what those deposits add up to. */
		static Facts of(Person person, LocalDate day) {
			double assets = person.holdings().stream()
				.filter(h -> h.isOpen() && h.balance() != null && h.balance() > 0)
				.mapToDouble(Holding::balance)
				.sum();
			Set<String> held = person.holdings().stream().filter(Holding::isOpen).map(Holding::productCode)
				.collect(Collectors.toSet());
			return new Facts(person.profile(), person.dateOfBirth().until(day).getYears(), assets, held);
		}

		Facts with(String product) {
			Set<String> more = new HashSet<>(this.held);
			more.add(product);
			return new Facts(this.profile, this.age, this.assets, more);
		}

		boolean holds(String product) {
			return this.held.contains(product);
		}

	}


	// Anyone may look at a product they have no particular need for.
	private static final double CURIOSITY = 0.03;

	private Propensity() {
	}

	/** Covers and accounts a bank sells with a product, within days of opening it. */
	static List<String> soldWith(String product) {
		return switch (product) {
			case Products.HOME_LOAN -> List.of(Products.HOME_INSURANCE, Products.TERM_INSURANCE);
			case Products.CAR_LOAN -> List.of(Products.MOTOR_INSURANCE);
			case Products.FOREX_CARD -> List.of(Products.TRAVEL_INSURANCE);
			case Products.MUTUAL_FUND -> List.of(Products.DEMAT);
			default -> List.of();
		};
	}

	/** The chance of holding {@code product} now. */
	static double of(String product, Facts f) {
		Profile p = f.profile();
		Life life = p.life();
		String job = p.occupation();
		return switch (product) {
			case Products.SAVINGS -> 1.0;
			case Products.CURRENT -> job.equals("business_owner") ? 0.85 : job.equals("self_employed") ? 0.5
					: job.equals("professional") ? 0.25 : 0.03;
			case Products.FIXED_DEPOSIT -> job.equals("retired") ? 0.7
					: f.assets() >= 100_000 ? (p.riskProfile().equals("low") ? 0.65 : 0.45) : 0.08;
			case Products.RECURRING_DEPOSIT -> (p.salaried() && p.wealthTier().ordinal() <= 1 ? 0.22 : 0.05)
					+ (life.children() ? 0.05 : 0);
			case Products.PPF -> ppf(p);
			case Products.MUTUAL_FUND -> mutualFund(f);
			case Products.DEMAT -> f.holds(Products.MUTUAL_FUND) ? byRisk(p, 0.1, 0.3, 0.55)
					: p.riskProfile().equals("high") && f.assets() >= 100_000 ? 0.2 : 0.02;
			case Products.CREDIT_CARD -> creditCard(f);
			case Products.FOREX_CARD -> p.globetrotter() ? 0.5 : f.holds(Products.EDUCATION_LOAN) ? 0.25 : 0.01;
			case Products.HOME_LOAN -> life.ownsHome() ? 0.75 : 0;
			case Products.CAR_LOAN -> life.ownsCar() ? (f.age() < 45 ? 0.55 : 0.3) : 0;
			case Products.PERSONAL_LOAN -> personalLoan(f);
			case Products.EDUCATION_LOAN -> job.equals("student") || life.childInCollege() ? 0.3 : f.age() <= 30 ? 0.08 : 0;
			case Products.GOLD_LOAN -> p.wealthTier().ordinal() <= 1
					? (p.runsBusiness() || job.equals("homemaker") ? 0.15 : 0.05) : 0.01;
			case Products.BUSINESS_LOAN -> job.equals("business_owner") ? 0.4 : job.equals("self_employed") ? 0.2
					: job.equals("professional") ? 0.08 : 0;
			case Products.TERM_INSURANCE -> termInsurance(f);
			case Products.LIFE_INSURANCE -> f.age() > 60 ? 0.05
					: (life.children() ? 0.16 : 0.08) * (p.riskProfile().equals("low") ? 1.5 : 1);
			case Products.HEALTH_INSURANCE -> healthInsurance(f);
			case Products.HOME_INSURANCE -> f.holds(Products.HOME_LOAN) ? 0.5 : life.ownsHome() ? 0.15
					: p.wealthTier().ordinal() >= 3 && f.age() > 40 ? 0.05 : 0.01;
			case Products.MOTOR_INSURANCE -> f.holds(Products.CAR_LOAN) ? 0.75 : life.ownsCar() ? 0.3 : 0;
			case Products.TRAVEL_INSURANCE -> p.globetrotter() ? (f.holds(Products.FOREX_CARD) ? 0.55 : 0.35)
					: f.holds(Products.FOREX_CARD) ? 0.2 : 0.01;
			case Products.CHILD_PLAN -> life.children() && !life.childInCollege() && f.age() <= 48 ? 0.25
					: life.childInCollege() ? 0.04 : 0;
			default -> 0;
		};
	}

	/**
	 * How likely they are to start pursuing {@code product} in the next months, if they do not hold it: their
	 * need for it, except that a home or a car is bought by those who do not have one yet.
	 */
	static double interest(String product, Facts f) {
		Profile p = f.profile();
		double need = switch (product) {
			case Products.HOME_LOAN -> p.life().ownsHome() ? 0.15 : Life.homeChance(f.age(), p.monthlyIncome(),
					p.life().partnered(), p.occupation()) * 0.6;
			case Products.CAR_LOAN -> p.life().ownsCar() ? 0.05 : Life.carChance(p.monthlyIncome(), p.occupation()) * 0.6;
			default -> of(product, f);
		};
		return CURIOSITY + need;
	}

	private static double ppf(Profile p) {
		if (p.occupation().equals("public_servant")) {
			return 0.3;
		}
		boolean earns = !List.of("student", "retired", "homemaker").contains(p.occupation());
		return earns && p.monthlyIncome() >= 30_000 ? byRisk(p, 0.25, 0.15, 0.06) : 0.03;
	}

	private static double mutualFund(Facts f) {
		Profile p = f.profile();
		double base = f.assets() >= 250_000 ? 0.5 : f.assets() >= 100_000 ? 0.3 : 0.08;
		double appetite = byRisk(p, 0.6, 1.0, 1.4);
		// SIPs through the app are how the young start investing.
		double young = f.age() < 35 && p.digital() ? 1.3 : 1;
		return Math.min(0.85, base * appetite * young);
	}

	private static double creditCard(Facts f) {
		Profile p = f.profile();
		double base = switch (p.occupation()) {
			case "student" -> 0.03;
			case "homemaker" -> 0.08;
			case "retired" -> 0.15;
			default -> p.monthlyIncome() >= 100_000 ? 0.65 : p.monthlyIncome() >= 50_000 ? 0.5
					: p.monthlyIncome() >= 25_000 ? 0.35 : 0.15;
		};
		return p.globetrotter() ? Math.max(base, 0.8) : base;
	}

	private static double personalLoan(Facts f) {
		Profile p = f.profile();
		if (p.occupation().equals("student") || p.occupation().equals("retired")) {
			return 0.02;
		}
		double base = p.salaried() && f.age() >= 23 && f.age() <= 40 ? 0.18 : 0.08;
		// Card holders get pre-approved offers; the well-off rarely need unsecured credit.
		double card = f.holds(Products.CREDIT_CARD) ? 1.4 : 1;
		double wealth = p.wealthTier().ordinal() >= 3 ? 0.6 : 1;
		return base * card * wealth;
	}

	private static double termInsurance(Facts f) {
		Profile p = f.profile();
		if (f.age() > 60 || p.occupation().equals("student")) {
			return 0.01;
		}
		double base = p.life().children() ? 0.3 : p.life().partnered() ? 0.15 : 0.07;
		if (f.holds(Products.HOME_LOAN)) {
			base = Math.max(base, 0.5);
		}
		return base + (p.monthlyIncome() >= 100_000 ? 0.1 : 0);
	}

	private static double healthInsurance(Facts f) {
		Profile p = f.profile();
		double base = f.age() >= 45 ? 0.25 : p.life().children() || p.life().partnered() ? 0.2 : 0.1;
		// No employer's group cover; and people who bought one policy tend to buy another.
		double noGroupCover = p.runsBusiness() ? 1.3 : 1;
		double insured = f.holds(Products.TERM_INSURANCE) || f.holds(Products.LIFE_INSURANCE) ? 1.5 : 1;
		return Math.min(0.8, base * noGroupCover * insured);
	}

	private static double byRisk(Profile p, double low, double medium, double high) {
		return switch (p.riskProfile()) {
			case "low" -> low;
			case "high" -> high;
			default -> medium;
		};
	}

}
