package io.skein.customer;

import java.time.ZonedDateTime;

/** A device or cookie seen on a customer's events, with the first and last sighting. */
public record DeviceView(String id, String type, ZonedDateTime firstSeen, ZonedDateTime lastSeen) {
}
