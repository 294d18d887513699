package io.skein.demo;

import java.time.LocalDate;

/**
 * A purpose the generator plants for one person: the journey starts on {@code start}; a conversion on
 * {@code convertedOn} opens {@code product}, otherwise both are {@code null}.
 */
record PlannedPurpose(PurposeType type, Stage stage, LocalDate start, LocalDate convertedOn, String product) {
}
