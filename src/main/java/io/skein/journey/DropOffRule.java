package io.skein.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.skein.purpose.Activity;

/**
 * One abandonable journey: it opens on a start event, moves on step events, closes on a completion. It
 * is a drop-off when still open after {@code silenceDays} without a step; a completion after the start
 * clears it.
 */
public record DropOffRule(DropOffKind kind, List<String> start, List<String> steps, List<String> complete,
		int silenceDays) {

	public DropOffRule {
		steps = steps == null ? List.of() : List.copyOf(steps);
		if (silenceDays < 0) {
			throw new IllegalArgumentException("silenceDays must not be negative");
		}
	}

	/** The drop-off in these interactions (oldest first) as of {@code now}, if there is one. */
	public Optional<DropOff> detect(String customerId, List<Activity> activities, Instant now) {
		Activity started = null;
		Activity last = null;
		for (Activity a : activities) {
			if (this.complete.contains(a.type())) {
				started = null;
				last = null;
			}
			else if (started == null && this.start.contains(a.type())) {
				started = a;
				last = a;
			}
			else if (started != null && (this.steps.contains(a.type()) || this.start.contains(a.type()))) {
				last = a;
			}
		}
		if (started == null) {
			return Optional.empty();
		}
		long silence = Math.max(0, Duration.between(last.at(), now).toDays());
		if (silence < this.silenceDays) {
			return Optional.empty();
		}
		String step = last.text("step");
		return Optional.of(new DropOff(DropOff.idOf(customerId, this.kind, started.eventId()), customerId, this.kind,
				started.at(), started.eventId(), step == null ? last.type() : last.type() + " (" + step + ")", last.at(),
				last.eventId(), (int) silence));
	}

}
