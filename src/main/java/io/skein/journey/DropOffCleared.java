package io.skein.journey;

/** Published when a detected drop-off goes away, typically because the customer came back and completed. */
public record DropOffCleared(String dropOffId, String customerId, DropOffKind kind) {
}
