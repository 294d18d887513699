package io.skein.quality;

/**
 * How often one source's value survives into the golden profile for one attribute.
 *
 * @param attribute the golden-profile field (address is the whole address)
 * @param contests customers for whom this source offered a value and another source a different one
 * @param wins of those, customers whose golden value is one this source offered
 * @param winRate wins / contests
 */
record SurvivorshipWins(String attribute, int contests, int wins, double winRate) {

	static SurvivorshipWins of(String attribute, int contests, int wins) {
		return new SurvivorshipWins(attribute, contests, wins, contests == 0 ? 0 : (double) wins / contests);
	}

}
