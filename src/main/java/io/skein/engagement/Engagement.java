package io.skein.engagement;

import java.util.List;

/**
 * A customer's learnt engagement: the channel and hour bucket (first hour, local time) with the best estimated
 * open rate, the messages sent and opened it rests on, every channel best first ({@code channels}), and why
 * (counts and rates only, never PII).
 */
public record Engagement(String bestChannel, int bestHour, int sends, int opens, double channelRate,
		double hourRate, List<String> channels, String explanation) {
}
