package io.skein.orchestration;

import java.time.Instant;
import java.util.List;

/**
 * {@code journeyReport}: who entered a journey in a period, per group (TREATMENT: sent its messages; CONTROL:
 * the holdout, sent nothing) and per version, the messages by channel and status, conversions (a goal within
 * {@code windowDays} of entry, measured the same way for both groups), and the uplift of treatment over control
 * with a 95% confidence interval (two-proportion normal approximation; null when a group is empty).
 */
public record JourneyReport(String journeyKey, Instant from, Instant to, List<String> goals, int windowDays,
		List<Group> groups, List<VersionGroup> versions, List<MessageCount> messages, Double uplift, Double upliftLow,
		Double upliftHigh, String caption) {

	/** One group's entries and conversions; {@code conversionRate} null when nobody entered. */
	public record Group(String group, int entries, int conversions, Double conversionRate) {
	}

	/** A group's entries and conversions at one version. */
	public record VersionGroup(int version, String group, int entries, int conversions) {
	}

	/** Messages of one channel in one status. */
	public record MessageCount(String channel, String status, int count) {
	}

}
