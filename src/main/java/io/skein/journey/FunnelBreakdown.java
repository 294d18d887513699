package io.skein.journey;

/** How a funnel's customers are grouped: by the channel they entered through, or by segment. */
public enum FunnelBreakdown {

	CHANNEL, SEGMENT

}
