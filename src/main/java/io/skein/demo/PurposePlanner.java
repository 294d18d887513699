package io.skein.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which purposes a person pursues in the window and how far each gets. The stage fixes the
 * dates: an applying journey is recent, a dropped one went quiet over a month before the as-of date.
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
		Set<PurposeType> chosen = EnumSet.noneOf(PurposeType.class);
		List<PlannedPurpose> plans = new ArrayList<>();
		for (int attempt = 0; attempt < 8 && plans.size() < count; attempt++) {
			PurposeType type = PurposeType.values()[dice.weighted(PurposeType.POPULARITY)];
			List<String> open = type.products.stream().filter(p -> !person.holds(p)).toList();
			if (open.isEmpty() || !chosen.add(type)) {
				continue;
			}
			plans.add(plan(type, dice.pick(open), Stage.values()[dice.weighted(Stage.SHARES)], dice));
		}
		return plans;
	}

	private PlannedPurpose plan(PurposeType type, String product, Stage stage, Dice dice) {
		var asOf = this.window.asOf();
		return switch (stage) {
			case APPLYING -> new PlannedPurpose(type, stage, this.window.day(dice, asOf.minusDays(35), asOf.minusDays(8)),
					null, null);
			case DROPPED -> new PlannedPurpose(type, stage,
					this.window.day(dice, this.window.first(), asOf.minusDays(75)), null, null);
			case CONVERTED -> {
				var start = this.window.day(dice, this.window.first(), asOf.minusDays(45));
				yield new PlannedPurpose(type, stage, start, start.plusDays(dice.between(9, 24)), product);
			}
			default -> new PlannedPurpose(type, stage, this.window.day(dice, this.window.first(), asOf.minusDays(3)),
					null, null);
		};
	}

}
