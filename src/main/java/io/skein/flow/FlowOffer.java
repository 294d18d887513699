package io.skein.flow;

import java.util.List;

import io.skein.offer.Quote;

/** The product offered at the offer step: the first one the customer is eligible for, with its persona price. */
public record FlowOffer(String productCode, String productName, double amount, Quote.Price price, List<String> explanations) {
}
