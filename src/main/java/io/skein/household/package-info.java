/**
 * Households: different people who share a phone, a mailbox or an address, kept apart as customers and
 * grouped as derived graph state, {@code (:Customer)-[:MEMBER_OF]->(:Household)} with
 * {@code (:Household)-[:SHARES]->(:Identifier)} for the shared phones and mailboxes and the shared addresses
 * on the household. Members are active customers whose records sharing the value disagree on given name
 * or date of birth; a value held by more than {@code skein.stitching.max-customers-per-identifier}
 * customers, or blocklisted, says nothing about a household. Recomputed for changed customers by
 * derived-state upkeep and in full after a resolution run. Query fields live in {@code household.graphqls}.
 */
package io.skein.household;
