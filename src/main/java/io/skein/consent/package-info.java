/**
 * Consent and contact preferences: per customer, contact channel and purpose, whether the customer
 * GRANTED or WITHDRAWN consent, with the source, time and a PII-free proof reference of the statement.
 * Stored as {@code (:Customer)-[:HAS_CONSENT]->(:Consent {key})-[:STATEMENT]->(:ConsentStatement)}: one
 * Consent node per (customer node, channel, purpose), unique on {@code key}, holding the current state
 * (the statement with the latest {@code at}; at the same instant WITHDRAWN wins), and every statement
 * received as history. Set by the {@code setConsent} mutation and by {@code consent_updated} events;
 * read on the 360 ({@code Customer.consents}) and by {@link io.skein.consent.ConsentService#allows}, which
 * applies the per-purpose defaults ({@code skein.consent.defaults.*}) where nothing was said.
 * {@link io.skein.consent.ContactPolicy} holds frequency caps and quiet hours. Consents of customers
 * merged into one count for the survivor (latest wins across them); erasure deletes them all. Fields live
 * in {@code consent.graphqls}.
 */
package io.skein.consent;
