package io.skein.demo;

/**
 * The circumstances behind what a person needs from a bank, drawn once per person from their age,
 * household and income: the hidden causes that make products go together (a home loan and home cover,
 * a car loan and motor cover, school-age children and a child plan).
 *
 * @param partnered lives with a spouse
 * @param children has children (minors, or grown ones elsewhere); a grown child living in the household
 *        counts too
 * @param childInCollege a child is of college age: education costs are now
 * @param ownsHome bought a home with a loan that is still running
 * @param ownsCar owns a car
 */
record Life(boolean partnered, boolean children, boolean childInCollege, boolean ownsHome, boolean ownsCar) {

	static final Life SINGLE = new Life(false, false, false, false, false);

	/** The chance someone like this has bought a home on a loan: mostly 33-50, earning, with a family. */
	static double homeChance(int age, int income, boolean partnered, String occupation) {
		double byAge = age < 26 ? 0.02 : age < 33 ? 0.15 : age <= 50 ? 0.35 : age <= 60 ? 0.25 : 0.06;
		double byIncome = income >= 100_000 ? 1.4 : income >= 40_000 ? 1.1 : income >= 25_000 ? 0.7 : 0.2;
		double byFamily = partnered ? 1.2 : 0.7;
		// A government job is the steadiest income a lender sees.
		double byJob = occupation.equals("public_servant") ? 1.2 : 1;
		return Math.min(0.75, byAge * byIncome * byFamily * byJob);
	}

	/** The chance someone earning this owns a car. */
	static double carChance(int income, String occupation) {
		if (occupation.equals("student")) {
			return 0.01;
		}
		return income >= 150_000 ? 0.65 : income >= 75_000 ? 0.45 : income >= 40_000 ? 0.25 : income >= 25_000 ? 0.12
				: 0.04;
	}

}
