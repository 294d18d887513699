package io.skein.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.skein.demo.Person.Gender;
import io.skein.demo.PlaceBook.City;
import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Account;
import io.skein.ingest.RecordInput.Address;

/**
 * Turns one person into the 1-5 records their bank's systems hold about them. The first record anchors
 * them (email, and for customers PAN and accounts); most others repeat at least one of those strong
 * identifiers, but about one in seven repeats none and can only be matched on name, birth date and address.
 */
final class RecordFactory {

	enum Link {

		EMAIL, PAN, ACCOUNT

	}

	private static final int[] RECORD_COUNT_SHARES = { 20, 31, 28, 14, 7 };

	private static final double FUZZY_SHARE = 0.15;

	private final IdentifierMint mint;

	RecordFactory(IdentifierMint mint) {
		this.mint = mint;
	}

	List<RecordInput> records(Person person, long personNumber, Dice dice) {
		List<Source> sources = sources(person, 1 + dice.weighted(RECORD_COUNT_SHARES), dice);
		List<RecordInput> records = new ArrayList<>(sources.size());
		for (int i = 0; i < sources.size(); i++) {
			Source source = sources.get(i);
			Set<Link> links = (i == 0) ? anchorLinks(person, source) : dice.chance(FUZZY_SHARE)
					? EnumSet.noneOf(Link.class) : sharedLinks(person, source, dice);
			records.add(record(person, personNumber, source, i == 0, links, dice));
		}
		return records;
	}

	private static List<Source> sources(Person person, int count, Dice dice) {
		List<Source> rest = new ArrayList<>(List.of(Source.CRM, Source.WEB, Source.APP, Source.BRANCH,
				Source.CALL_CENTRE));
		Source first;
		if (person.isCustomer()) {
			first = Source.CORE_BANKING;
		}
		else {
			first = rest.get(dice.weighted(25, 35, 30, 10, 0));
			rest.remove(first);
		}
		Collections.shuffle(rest, dice.random());
		List<Source> chosen = new ArrayList<>();
		chosen.add(first);
		chosen.addAll(rest.subList(0, Math.min(count - 1, rest.size())));
		return chosen;
	}

	private static Set<Link> anchorLinks(Person person, Source source) {
		Set<Link> links = EnumSet.of(Link.EMAIL);
		if (source.knowsPan() && person.isCustomer()) {
			links.add(Link.PAN);
		}
		if (source == Source.CORE_BANKING) {
			links.add(Link.ACCOUNT);
		}
		return links;
	}

	/** At least one strong identifier the anchor record also carries. */
	private static Set<Link> sharedLinks(Person person, Source source, Dice dice) {
		List<Link> possible = new ArrayList<>(List.of(Link.EMAIL));
		if (person.isCustomer() && source.knowsPan()) {
			possible.add(Link.PAN);
		}
		if (person.isCustomer() && source.knowsAccounts()) {
			possible.add(Link.ACCOUNT);
		}
		Set<Link> links = EnumSet.of(dice.pick(possible));
		for (Link link : possible) {
			if (dice.chance(0.45)) {
				links.add(link);
			}
		}
		return links;
	}

	private RecordInput record(Person person, long personNumber, Source source, boolean anchor, Set<Link> links,
			Dice dice) {
		boolean fuzzy = links.isEmpty();
		String first = person.firstName();
		String last = person.lastName();
		if (!anchor && dice.chance(0.12)) {
			first = Dirt.nicknameOr(first, dice);
		}
		if (dice.chance(anchor ? 0.02 : 0.07)) {
			first = Dirt.typo(first, dice);
		}
		else if (dice.chance(anchor ? 0.01 : 0.05)) {
			last = Dirt.typo(last, dice);
		}
		if (!anchor && !fuzzy && dice.chance(0.04)) {
			String swap = first;
			first = last;
			last = swap;
		}
		String middle = person.middleName() != null && dice.chance(0.6) ? person.middleName() : null;
		String full = (middle == null ? first : first + " " + middle) + " " + last;

		String email = email(person, personNumber, source, links, dice);
		String phone = (fuzzy || dice.chance(0.25)) ? null : Dirt.phone(person.mobile(), dice);
		if (phone != null && dice.chance(0.005)) {
			phone = Dirt.BROKEN_PHONE;
		}
		String pan = links.contains(Link.PAN) ? person.pan() : null;
		List<Account> accounts = links.contains(Link.ACCOUNT) ? accounts(person, source, dice) : List.of();
		String dateOfBirth = dateOfBirth(person, source, fuzzy, dice);
		Address address = address(person, source, anchor, fuzzy, dice);
		String gender = gender(person.gender(), source, dice);
		String sourceId = this.mint.nextSourceId(source, branchCode(person));

		return switch (source) {
			case CALL_CENTRE -> new RecordInput(source.code, sourceId, null, null, null, full, dateOfBirth, gender,
					email, phone, pan, address, Map.of(), accounts);
			case BRANCH -> new RecordInput(source.code, sourceId, dice.chance(0.5) ? first : null, null,
					dice.chance(0.5) ? last : null, full.toUpperCase(Locale.ROOT), dateOfBirth, gender, email, phone,
					pan, address, Map.of(), accounts);
			case WEB, APP -> new RecordInput(source.code, sourceId, first, null, last, null, dateOfBirth, gender, email,
					phone, pan, address, Map.of(), accounts);
			default -> new RecordInput(source.code, sourceId, first, middle, last, full, dateOfBirth, gender, email,
					phone, pan, address, attributes(person, source, dice), accounts);
		};
	}

	private static String email(Person person, long personNumber, Source source, Set<Link> links, Dice dice) {
		if (!links.contains(Link.EMAIL)) {
			boolean signUp = source == Source.WEB || source == Source.APP;
			// A sign-up always has some email: a fuzzy one used an address no other record knows.
			return signUp ? person.firstName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "."
					+ person.lastName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "." + personNumber
					+ "@oldmail.example" : null;
		}
		boolean alsoLinkedOtherwise = links.size() > 1;
		if (alsoLinkedOtherwise && dice.chance(0.01)) {
			return Dirt.brokenEmail(person.email());
		}
		return dice.chance(0.2) ? Dirt.emailCase(person.email(), dice) : person.email();
	}

	private static String dateOfBirth(Person person, Source source, boolean fuzzy, Dice dice) {
		double present = switch (source) {
			case CORE_BANKING, BRANCH -> 0.97;
			case CRM -> 0.9;
			case WEB -> 0.5;
			case APP -> 0.6;
			case CALL_CENTRE -> 0.7;
		};
		if (!fuzzy && !dice.chance(present)) {
			return null;
		}
		if (dice.chance(0.005)) {
			return Dirt.impossibleDate(person.dateOfBirth(), dice);
		}
		if (!fuzzy && dice.chance(0.05)) {
			return Dirt.transposed(person.dateOfBirth());
		}
		return person.dateOfBirth().toString();
	}

	private static Address address(Person person, Source source, boolean anchor, boolean fuzzy, Dice dice) {
		double present = switch (source) {
			case CORE_BANKING, BRANCH, CRM -> 0.95;
			case WEB -> 0.4;
			case APP -> 0.2;
			case CALL_CENTRE -> 0.3;
		};
		if (!fuzzy && !dice.chance(present)) {
			return null;
		}
		Address address = !anchor && !fuzzy && person.previousHome() != null && dice.chance(0.3)
				? person.previousHome() : person.home();
		String city = address.city();
		if (dice.chance(0.12)) {
			city = PlaceBook.CITIES.stream().filter(c -> c.name().equals(address.city())).map(City::alias)
					.findFirst().orElse(city);
		}
		String country = switch (source) {
			case CORE_BANKING -> "IN";
			case CRM -> "India";
			default -> dice.pick("India", "IN", "IND", "india");
		};
		if (source == Source.CALL_CENTRE) {
			return new Address(null, null, city, address.postcode(), null, country);
		}
		String line2 = dice.chance(0.1) ? null : address.line2();
		return new Address(address.line1(), line2, city, address.postcode(), address.state(), country);
	}

	private static String gender(Gender gender, Source source, Dice dice) {
		boolean male = gender == Gender.MALE;
		return switch (source) {
			case CORE_BANKING -> male ? "M" : "F";
			case CRM -> male ? "Male" : "Female";
			case BRANCH -> male ? "male" : "female";
			case WEB, APP -> dice.chance(0.4) ? (male ? "M" : "female") : null;
			case CALL_CENTRE -> null;
		};
	}

	private static List<Account> accounts(Person person, Source source, Dice dice) {
		if (source == Source.CORE_BANKING) {
			return person.holdings().stream().map(Holding::toAccount).toList();
		}
		// CRM and branch repeat one account they know of, without the ledger details.
		Holding known = dice.pick(person.holdings());
		return List.of(new Account(known.accountNumber(), known.productCode(), null, null, null, null));
	}

	/** Typed custom attributes: numbers, booleans and strings as the source keeps them. */
	private static Map<String, Object> attributes(Person person, Source source, Dice dice) {
		Profile profile = person.profile();
		Map<String, Object> attributes = new LinkedHashMap<>();
		// Occupation and income are KYC fields, so core banking has them for all but accounts migrated
		// from older systems.
		if (source == Source.CORE_BANKING && dice.chance(0.9)) {
			if (profile.monthlyIncome() > 0) {
				attributes.put("income", profile.monthlyIncome());
			}
			attributes.put("riskProfile", profile.riskProfile());
			attributes.put("occupation", profile.occupation());
			attributes.put("IsGlobetrotter", profile.globetrotter());
			attributes.put("kycVerified", dice.chance(0.92));
		}
		else if (source == Source.CRM && dice.chance(0.6)) {
			attributes.put("segmentHint", profile.wealthTier().hint);
			attributes.put("IsGlobetrotter", profile.globetrotter());
			attributes.put("preferredLanguage", dice.pick("en", "en", "hi", "kn", "ta", "mr", "bn", "te"));
			attributes.put("creditScore", dice.between(580, 860));
			if (dice.chance(0.5)) {
				attributes.put("occupation", profile.occupation());
			}
		}
		return attributes;
	}

	private static String branchCode(Person person) {
		return PlaceBook.CITIES.stream().filter(c -> c.name().equals(person.home().city())).map(City::branchCode)
				.findFirst().orElse("HQ");
	}

}
