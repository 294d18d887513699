package io.skein.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.skein.demo.Person.Gender;
import io.skein.demo.PlaceBook.City;
import io.skein.ingest.RecordInput.Address;

/**
 * Makes households of clean people: one adult, a couple, or a couple with a parent or grown child. A
 * household shares an address, a surname and one mobile, yet its members are different people.
 */
final class PeopleFactory {

	private static final List<String> EMAIL_DOMAINS = List.of("example.in", "example.com", "mail.example.in",
			"example.org", "example.net");

	/** Working-age occupations, three in ten salaried in the private sector. */
	private static final List<String> OCCUPATIONS = List.of("salaried_private", "salaried_private",
			"salaried_private", "public_servant", "self_employed", "business_owner", "professional", "homemaker");

	private final GeneratorOptions options;

	private final PortfolioFactory portfolios;

	PeopleFactory(GeneratorOptions options, PortfolioFactory portfolios) {
		this.options = options;
		this.portfolios = portfolios;
	}

	static String personId(long personNumber) {
		return String.format("P%07d", personNumber);
	}

	List<Person> household(long householdNumber, long firstPersonNumber, int size, Dice dice) {
		boolean international = dice.chance(0.2);
		String lastName = dice.pick(international ? NameBook.INTERNATIONAL_SURNAMES : NameBook.INDIAN_SURNAMES);
		City city = PlaceBook.CITIES.get(dice.weighted(PlaceBook.CITY_WEIGHTS));
		Address home = address(city, dice);
		Address previous = dice.chance(0.3) ? address(dice.chance(0.7) ? city : dice.pick(PlaceBook.CITIES), dice)
				: null;
		String mobile = IdentifierMint.mobile(householdNumber, dice.between(7, 9));
		LocalDate asOf = this.options.asOf();

		Gender firstGender = dice.chance(0.55) ? Gender.MALE : Gender.FEMALE;
		LocalDate firstBorn = asOf.minusYears(dice.between(23, 70)).minusDays(dice.between(0, 364));
		LocalDate spouseBorn = firstBorn.plusYears(dice.between(-4, 6)).plusDays(dice.between(-150, 150));
		boolean withParent = firstBorn.isAfter(asOf.minusYears(45)) && dice.chance(0.6);
		LocalDate thirdBorn = withParent ? firstBorn.minusYears(dice.between(24, 32)).minusDays(dice.between(0, 300))
				: earlierOf(firstBorn.plusYears(dice.between(22, 30)), asOf.minusYears(19));
		// The couple of a three-person household either shelters a parent or has a grown child at home.
		Family couple = size < 2 ? Family.ALONE : size < 3 || withParent ? Family.COUPLE
				: new Family(true, true, thirdBorn.until(asOf).getYears() <= 24);
		Family third = withParent ? new Family(false, true, false) : Family.GROWN_CHILD;

		List<Person> members = new ArrayList<>(size);
		members.add(person(firstPersonNumber, firstGender, firstBorn, lastName, international, home, previous, mobile,
				dice, null, couple));
		if (size >= 2) {
			Gender spouse = firstGender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
			members.add(person(firstPersonNumber + 1, spouse, spouseBorn, lastName, international, home, previous,
					mobile, dice, members.get(0).firstName(), couple));
		}
		if (size >= 3) {
			Gender gender = dice.chance(0.5) ? Gender.MALE : Gender.FEMALE;
			members.add(person(firstPersonNumber + 2, gender, thirdBorn, lastName, international, home, previous, mobile,
					dice, members.get(0).firstName(), third));
		}
		return members;
	}

	/**
	 * What the household says of a member's family; {@code null} where it says nothing and the rest of
	 * their family (children living elsewhere, or not yet customers) is drawn.
	 */
	private record Family(boolean partnered, Boolean children, Boolean childInCollege) {

		static final Family ALONE = new Family(false, null, null);

		static final Family COUPLE = new Family(true, null, null);

		static final Family GROWN_CHILD = new Family(false, false, false);

	}

	private Person person(long personNumber, Gender gender, LocalDate born, String lastName, boolean international,
			Address home, Address previous, String mobile, Dice dice, String housemateFirstName, Family family) {
		String firstName;
		do {
			firstName = dice.pick(firstNames(gender, international && dice.chance(0.8)));
		}
		while (firstName.equals(housemateFirstName));
		String middleName = dice.chance(0.35) ? dice.pick(NameBook.MIDDLE_NAMES) : null;
		Profile profile = profile(born, family, dice);
		String pan = IdentifierMint.pan(personNumber, lastName);
		String email = email(personNumber, firstName, lastName, dice);
		List<Holding> holdings = dice.chance(0.86) ? this.portfolios.holdings(profile, born, dice) : List.of();
		return new Person(personId(personNumber), firstName, middleName, lastName, gender, born, email, mobile, pan,
				home, previous, profile, holdings);
	}

	private Profile profile(LocalDate born, Family family, Dice dice) {
		int age = born.until(this.options.asOf()).getYears();
		String occupation = occupation(age, dice);
		boolean salaried = occupation.startsWith("salaried") || occupation.equals("public_servant")
				|| occupation.equals("professional") && dice.chance(0.5);
		int tier = dice.weighted(WealthTier.SHARES);
		// Wealth builds with age; students have little of their own.
		if (age >= 45 && dice.chance(0.5)) {
			tier = Math.max(tier, dice.weighted(WealthTier.SHARES));
		}
		else if (occupation.equals("student")) {
			tier = Math.min(tier, dice.weighted(WealthTier.SHARES));
		}
		WealthTier wealth = WealthTier.values()[tier];
		int income = switch (occupation) {
			case "student", "homemaker" -> 0;
			case "retired" -> roundTo(dice.logBetween(15_000, 90_000), 1000);
			default -> roundTo(dice.logBetween(25_000, 400_000) * (wealth.ordinal() >= 3 ? 2 : 1), 1000);
		};
		String risk = dice.pick("low", "low", "medium", "medium", "high");
		boolean digital = age < 60 ? dice.chance(0.85) : dice.chance(0.4);
		Life life = life(age, income, occupation, family, dice);
		return new Profile(occupation, income, risk, dice.chance(0.1), salaried, wealth, digital,
				digital && dice.chance(0.7), dice.chance(0.1), life);
	}

	private static String occupation(int age, Dice dice) {
		if (age >= 62 || age >= 55 && dice.chance(0.25)) {
			return "retired";
		}
		if (age < 24 && dice.chance(0.5) || age < 28 && dice.chance(0.1)) {
			return "student";
		}
		return dice.pick(OCCUPATIONS);
	}

	private static Life life(int age, int income, String occupation, Family family, Dice dice) {
		boolean children = family.children() != null ? family.children()
				: dice.chance(family.partnered() ? (age < 27 ? 0.15 : age <= 55 ? 0.75 : 0.85)
						: (age < 30 ? 0.03 : age <= 55 ? 0.25 : 0.5));
		boolean college = family.childInCollege() != null ? family.childInCollege()
				: children && age >= 42 && age <= 55 && dice.chance(0.45);
		boolean home = dice.chance(Life.homeChance(age, income, family.partnered(), occupation));
		boolean car = dice.chance(Life.carChance(income, occupation));
		return new Life(family.partnered(), children, college, home, car);
	}

	private static List<String> firstNames(Gender gender, boolean international) {
		if (gender == Gender.MALE) {
			return international ? NameBook.INTERNATIONAL_MEN : NameBook.INDIAN_MEN;
		}
		return international ? NameBook.INTERNATIONAL_WOMEN : NameBook.INDIAN_WOMEN;
	}

	/** Unique because the person number ends the local part and names carry no digits. */
	private static String email(long personNumber, String firstName, String lastName, Dice dice) {
		String first = firstName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		String last = lastName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		String local = switch (dice.between(0, 3)) {
			case 0 -> first + "." + last;
			case 1 -> first + last;
			case 2 -> first + "_" + last;
			default -> first.charAt(0) + last;
		};
		return local + personNumber + "@" + dice.pick(EMAIL_DOMAINS);
	}

	static Address address(City city, Dice dice) {
		String line1 = dice.chance(0.7)
				? "Flat " + dice.between(1, 19) + "0" + dice.between(1, 8) + ", " + dice.pick(PlaceBook.BUILDINGS) + " "
						+ dice.pick(PlaceBook.BUILDING_KINDS)
				: dice.between(1, 250) + ", " + dice.pick(PlaceBook.ROADS);
		String locality = dice.pick(city.localities());
		String line2 = dice.chance(0.5) ? ordinal(dice.between(1, 18)) + " Cross, " + locality : locality;
		String postcode = city.pinPrefix() + String.format("%03d", dice.between(1, 99));
		return new Address(line1, line2, city.name(), postcode, city.state(), "India");
	}

	private static String ordinal(int n) {
		String suffix = n % 100 / 10 == 1 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** A grown child is at least 19, however young the parent. */
	private static LocalDate earlierOf(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static int roundTo(double value, int unit) {
		return (int) Math.max(unit, Math.round(value / unit) * unit);
	}

}
