package io.skein.ingest;

import java.util.List;

/**
 * A check of an event's content that only the capability owning its type knows (e.g. consent owns
 * {@code consent_updated}), run with the structural checks, before anything is stored: an event with
 * errors is REJECTED on its own, naming the field ({@code events[2].properties.channel}).
 */
public interface EventCheck {

	/** The errors of this event, each naming its field under {@code path}; empty when it may be stored. */
	List<ItemError> check(EventInput event, String path);

}
