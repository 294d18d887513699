package io.skein.offer;

/** A product a customer may have, with the availability rule that allowed it. */
public record EligibleProduct(String code, String name, String ruleId, String explanation) {
}
