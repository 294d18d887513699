package io.skein.identity.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Derives a record's blocking keys. Each rule is a conjunction of coarse, typo-tolerant codes (Double
 * Metaphone of a name, a name prefix, birth year, postcode) or an exact strong identifier, and the rules
 * overlap on purpose: a pair mistyped in one field still shares a key built from the others.
 */
public final class BlockingKeys {

	/**
	 * The version of the rules below. Stored records carry the keys of the scheme they were written under
	 * ({@code (:BlockKeyScheme)}); raise it with any change to the rules, and the next full resolve rewrites
	 * every record's keys. 2: the family name with the town, and a mailbox's sound.
	 */
	public static final int SCHEME = 2;

	private static final int PREFIX = 3;

	/** Shorter mailboxes ("gk@", "rd@") sound like too many others to make a key. */
	private static final int MIN_MAILBOX_LETTERS = 5;

	/** Configured once here and never again, so one instance is safe to share (commons-codec's contract). */
	private static final DoubleMetaphone MAILBOX_SOUND = new DoubleMetaphone();

	static {
		MAILBOX_SOUND.setMaxCodeLen(12);
	}

	/** The record's keys, sorted and without duplicates. */
	public Set<BlockingKey> keysFor(MatchRecord record) {
		List<BlockingKey> keys = new ArrayList<>();
		Set<String> given = TextAnalysis.phoneticCodes(record.givenName());
		Set<String> family = TextAnalysis.phoneticCodes(record.familyName());
		BirthDate dob = record.birthDate();
		String year = dob == null ? null : dob.year();
		String monthDay = dob == null ? null : dob.month() + dob.day();
		add(keys, "dob", dob == null ? null : dob.digits());
		add(keys, "nid", record.nationalId());
		add(keys, "email", record.email());
		add(keys, "mailbox", record.email() == null ? null : EmailComparator.localPart(record.email()));
		add(keys, "phone", record.phone());
		add(keys, "mailbox~", record.email() == null ? null : mailboxSound(EmailComparator.localPart(record.email())));
		for (String g : given) {
			add(keys, "giv+yob", join(g, year));
			for (String f : family) {
				// sorted so that swapped given and family names give the same key
				add(keys, "names", g.compareTo(f) <= 0 ? join(g, f) : join(f, g));
			}
		}
		// the town stands in for a missing postcode (with one, fam3+post is finer and a family name per city of a
		// bank's data doubles the pairs); never the given name with the town: too many namesakes share one
		String town = record.postcode() == null ? record.city() : null;
		for (String f : family) {
			add(keys, "fam+city", join(f, town));
			add(keys, "fam+yob", join(f, year));
			add(keys, "fam+md", join(f, monthDay));
		}
		add(keys, "giv3+md", join(prefix(record.givenName()), monthDay));
		add(keys, "fam3+post", join(prefix(record.familyName()), record.postcode()));
		add(keys, "giv3+post", join(prefix(record.givenName()), record.postcode()));
		add(keys, "giv3+fam3", join(prefix(record.givenName()), prefix(record.familyName())));
		Set<BlockingKey> sorted = new TreeSet<>(Comparator.comparing(BlockingKey::asString));
		sorted.addAll(keys);
		return sorted;
	}

	private static void add(List<BlockingKey> keys, String kind, String value) {
		if (value != null) {
			keys.add(new BlockingKey(kind, value));
		}
	}

	/** Both parts or null: a key with a missing part would lump unrelated records together. */
	private static String join(String first, String second) {
		return first == null || second == null ? null : first + "|" + second;
	}

	/**
	 * A mailbox's letters as one long sound code, so one typo in the local part still meets ("evejones" and
	 * "eviejones"); long, unlike the name codes, so mailboxes built from different names rarely collide.
	 */
	private static String mailboxSound(String localPart) {
		String letters = localPart == null ? "" : localPart.replaceAll("[^a-z]", "");
		if (letters.length() < MIN_MAILBOX_LETTERS) {
			return null;
		}
		String code = MAILBOX_SOUND.doubleMetaphone(letters);
		return code == null || code.isEmpty() ? null : code;
	}

	private static String prefix(String name) {
		if (name == null) {
			return null;
		}
		String compact = name.replace(" ", "");
		return compact.length() < PREFIX ? null : compact.substring(0, PREFIX);
	}

}
