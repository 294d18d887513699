package io.skein.orchestration;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.skein.journey.DropOffKind;
import io.skein.purpose.PurposeStage;
import io.skein.purpose.PurposeType;

/** What makes a customer enter a journey. */
public sealed interface Trigger {

	/** The customer enters a segment. */
	record SegmentEntry(String segment) implements Trigger {
	}

	/** An event of a type whose properties meet the conditions (in the rule language's property shape). */
	record Event(String eventType, List<Map<String, Object>> properties) implements Trigger {
	}

	/** An abandoned journey of this kind is detected. */
	record DropOff(DropOffKind kind) implements Trigger {
	}

	/** A purpose of the customer reaches a stage. */
	record PurposeStageReached(PurposeType purpose, PurposeStage stage) implements Trigger {
	}

	/** Now is the date in a DATE attribute plus {@code offset} (whole days; negative: before the date). */
	record DateAttribute(String attribute, Duration offset) implements Trigger {
	}

}
