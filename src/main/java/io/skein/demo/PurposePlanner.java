package io.skein.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which purposes a person pursues in the window, about which product, and how far each gets.
 * People pursue what they need and do not hold yet ({@link Propensity#interest}), now and then something
 * they merely look at. The stage fixes the dates: an applying journey is recent, a dropped one went quiet
 * over a month before the as-of date.
 */
final class PurposePlanner {

	private static final int[] HOW_MANY = { 32, 44, 19, 5 };

	private final EventWindow window;

	PurposePlanner(EventWindow window) {
		this.window = window;
	}

	List<PlannedPurpose> plan(Person person, Dice dice) {
		if (person.profile().dormant()) {
			return List.of(new PlannedPurpose(PurposeType.EVERYDAY_BANKING, Stage.DORMANT, null, null, null));
		}
		int count = dice.weighted(HOW_MANY);
		Propensity.Facts facts = Propensity.Facts.of(person, this.window.first());
		Set<PurposeType> chosen = EnumSet.noneOf(PurposeType.class);
		List<PlannedPurpose> plans = new ArrayList<>();
		while (plans.size() < count) {
			List<String> open = Arrays.stream(PurposeType.values())
				.filter(t -> !chosen.contains(t))
				.flatMap(t -> t.products.stream())
				.filter(p -> !person.holds(p))
				.toList();
			if (open.isEmpty()) {
				break;
			}
			int[] weights = open.stream().mapToInt(p -> (int) Math.round(1000 * Propensity.interest(p, facts))).toArray();
			String product = open.get(dice.weighted(weights));
			PurposeType type = PurposeType.of(product);
			chosen.add(type);
			plans.add(plan(type, product, Stage.values()[dice.weighted(Stage.SHARES)], dice));
		}
		return plans;
	}

	private PlannedPurpose plan(PurposeType type, String product, Stage stage, Dice dice) {
		var asOf = this.window.asOf();
		return switch (stage) {
			case APPLYING -> new PlannedPurpose(type, stage, this.window.day(dice, asOf.minusDays(35), asOf.minusDays(8)),
					null, product);
			case DROPPED -> new PlannedPurpose(type, stage,
					this.window.day(dice, this.window.first(), asOf.minusDays(75)), null, product);
			case CONVERTED -> {
				var start = this.window.day(dice, this.window.first(), asOf.minusDays(45));
				yield new PlannedPurpose(type, stage, start, start.plusDays(dice.between(9, 24)), product);
			}
			default -> new PlannedPurpose(type, stage, this.window.day(dice, this.window.first(), asOf.minusDays(3)),
					null, product);
		};
	}

}
