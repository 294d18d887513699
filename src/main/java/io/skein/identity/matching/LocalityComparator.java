package io.skein.identity.matching;

/**
 * Compares where two records live: postcode and city (suburb, town) in one comparator, because the two
 * are strongly correlated and would be counted twice as separate evidence. An exact city agreement is
 * term-frequency adjusted: sharing a capital says less than sharing a village.
 */
public final class LocalityComparator extends LevelledComparator<LocalityComparator.Level> {

	public enum Level {

		POSTCODE_AND_CITY, POSTCODE, CITY, CITY_FUZZY, POSTCODE_ONE_DIGIT, DIFFERENT

	}

	static final double CITY_SAME = 0.92;

	static final double CITY_CLOSE = 0.85;

	public LocalityComparator() {
		super("locality", Level.class);
	}

	@Override
	public Level level(MatchRecord left, MatchRecord right) {
		boolean postcodes = left.postcode() != null && right.postcode() != null;
		boolean cities = left.city() != null && right.city() != null;
		if (!postcodes && !cities) {
			return null;
		}
		boolean samePostcode = postcodes && left.postcode().equals(right.postcode());
		double citySimilarity = cities ? Similarity.jaroWinkler(left.city(), right.city()) : 0;
		boolean sameCity = citySimilarity >= CITY_SAME;
		if (samePostcode) {
			return sameCity ? Level.POSTCODE_AND_CITY : Level.POSTCODE;
		}
		if (sameCity) {
			return left.city().equals(right.city()) ? Level.CITY : Level.CITY_FUZZY;
		}
		if (postcodes && Similarity.withinOneEdit(left.postcode(), right.postcode())) {
			return Level.POSTCODE_ONE_DIGIT;
		}
		return citySimilarity >= CITY_CLOSE ? Level.CITY_FUZZY : Level.DIFFERENT;
	}

	@Override
	public String term(MatchRecord record) {
		return record.city();
	}

	@Override
	public String agreedTerm(MatchRecord left, MatchRecord right, int level) {
		return level == Level.CITY.ordinal() ? left.city() : null;
	}

}
