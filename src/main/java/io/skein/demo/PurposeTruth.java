package io.skein.demo;

import java.util.List;

/** One line of {@code truth/purposes.csv}: a purpose the generator planted and the events that show it. */
public record PurposeTruth(String personId, String purposeType, String stage, List<String> evidenceEventIds) {
}
