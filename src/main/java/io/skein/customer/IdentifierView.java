package io.skein.customer;

/** An identifier a customer holds; {@code guarded} when it is blocklisted or held by too many customers. */
public record IdentifierView(String type, String value, boolean guarded) {
}
