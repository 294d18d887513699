/**
 * Purposes: what each customer is trying to get done with the bank (a home loan, a credit card, cover
 * for the family...), discovered from their interactions on every channel. Owns the taxonomy that maps
 * evidence to purpose types ({@code classpath:purpose/taxonomy.json}), the stage rules (aware →
 * considering → applying → converted, or dropped / dormant, silence counting as a signal), the
 * {@code (:Purpose)} nodes with their {@code EVIDENCE} edges, their real-time upkeep on
 * {@code CustomersChanged} and the scheduled sweep for silence, and {@code Customer.purposes}.
 * Other modules read purposes through {@link io.skein.purpose.PurposeService}.
 */
package io.skein.purpose;
