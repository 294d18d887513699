package io.skein.household;

/** A value a household's members share: {@code PHONE}, {@code EMAIL} or {@code ADDRESS} (masked below STEWARD). */
public record SharedIdentifier(String type, String value) {
}
