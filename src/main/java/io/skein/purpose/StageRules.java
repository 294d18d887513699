package io.skein.purpose;

/**
 * When a purpose moves on by itself: an application silent for {@code dropAfterDays} is DROPPED; an
 * interest (aware or considering) silent for {@code dormantAfterDays} is DORMANT, and so is a customer
 * who holds accounts but has done nothing at all for that long (inaction is a signal too).
 */
public record StageRules(int dropAfterDays, int dormantAfterDays) {

	public StageRules {
		if (dropAfterDays < 1 || dormantAfterDays < 1) {
			throw new IllegalArgumentException("silence thresholds must be at least one day");
		}
	}

	/**
	 * The stage a purpose is at.
	 * @param converted a conversion event or a newly opened matching account was seen
	 * @param applying an application, quote or selection was started
	 * @param considering more than a first look: a conversation, a click, or activity on two days or more
	 */
	public PurposeStage stage(boolean converted, boolean applying, boolean considering, long silenceDays) {
		if (converted) {
			return PurposeStage.CONVERTED;
		}
		if (applying) {
			return silenceDays >= this.dropAfterDays ? PurposeStage.DROPPED : PurposeStage.APPLYING;
		}
		if (silenceDays >= this.dormantAfterDays) {
			return PurposeStage.DORMANT;
		}
		return considering ? PurposeStage.CONSIDERING : PurposeStage.AWARE;
	}

}
