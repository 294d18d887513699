package io.skein.segment;

import java.time.Duration;
import java.util.List;

import io.skein.segment.rule.RuleContext;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code skein.segments}.
 *
 * @param recheckInterval how often every segment is re-checked as time windows move (also the first delay)
 * @param maxWindowDays the longest window a rule may use
 * @param maxDepth the deepest nesting of and/or/not
 * @param maxConditions the most nodes a rule may have
 * @param rfm how RFM scores are computed
 */
@ConfigurationProperties("skein.segments")
public record SegmentProperties(@DefaultValue("PT15M") Duration recheckInterval, @DefaultValue("1830") long maxWindowDays,
		@DefaultValue("8") int maxDepth, @DefaultValue("64") int maxConditions, @DefaultValue Rfm rfm) {

	/**
	 * RFM over money-moving events: recency of the last one, their number and the sum of their amounts.
	 *
	 * @param eventTypes the event types that count as transactions
	 * @param windowDays how far back transactions count
	 * @param amountProperty the event property holding the amount
	 */
	public record Rfm(@DefaultValue({ "Card_transaction", "Bill_paid", "EMI_paid", "Salary_credited" }) List<String> eventTypes,
			@DefaultValue("365") int windowDays, @DefaultValue("amount") String amountProperty) {
	}

	RuleContext.Limits limits() {
		return new RuleContext.Limits(this.maxDepth, this.maxConditions, 200, 200, this.maxWindowDays);
	}

}
