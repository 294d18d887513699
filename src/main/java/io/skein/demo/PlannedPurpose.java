package io.skein.demo;

import java.time.LocalDate;

/**
 * A purpose the generator plants for one person: the journey starts on {@code start} and is about
 * {@code product}; a conversion on {@code convertedOn} opens it, otherwise {@code convertedOn} is
 * {@code null}. A dormant purpose, and Alice's, name no product.
 */
record PlannedPurpose(PurposeType type, Stage stage, LocalDate start, LocalDate convertedOn, String product) {
}
