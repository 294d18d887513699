package io.skein.purpose;

import java.time.LocalDate;

/** An account a customer holds: its number, product and when it opened (null when unknown). */
public record Holding(String accountNumber, String productCode, LocalDate openedAt) {
}
