package io.skein.identity.matching;

import java.util.List;

/** The ordered set of comparators a model is trained and scored with. */
public record Comparators(List<AttributeComparator> all) {

	public Comparators {
		all = List.copyOf(all);
	}

	/** Person comparators: names, date of birth, national id, street, locality, e-mail, phone, gender. */
	public static Comparators standard() {
		Nicknames nicknames = Nicknames.standard();
		return new Comparators(List.of(NameComparator.givenName(nicknames), NameComparator.familyName(),
				new DateOfBirthComparator(), new NationalIdComparator(), new StreetComparator(),
				new LocalityComparator(), new EmailComparator(), new PhoneComparator(), new GenderComparator()));
	}

	public int size() {
		return this.all.size();
	}

	public AttributeComparator get(int index) {
		return this.all.get(index);
	}

	/** The agreement level of every comparator, in order ({@link AttributeComparator#MISSING} included). */
	public int[] compare(MatchRecord left, MatchRecord right) {
		int[] levels = new int[this.all.size()];
		for (int i = 0; i < levels.length; i++) {
			levels[i] = this.all.get(i).compare(left, right);
		}
		return levels;
	}

}
