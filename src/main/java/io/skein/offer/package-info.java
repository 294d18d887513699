/**
 * Product eligibility and persona pricing. Products, their availability rules and their pricing tables
 * (rows chosen by persona, attributes and the quoted amount, in the rule language of
 * {@code io.skein.segment.rule}) are data in {@code offers/products.json}. A quote evaluates every rule of
 * one product for one customer in a single query and says which rule chose the price, each insurance and
 * each discount.
 */
package io.skein.offer;
