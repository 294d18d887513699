/**
 * Next-best offers: products a customer does not hold and is eligible for, ranked by co-holding among
 * similar customers (lift over the base rate, through the graph of shared holdings), active purposes,
 * fresh context from branch and call-centre notes, and moments that matter (salary, a matured deposit,
 * a large card payment). Every offer explains itself in words, as graph elements and as a score
 * breakdown. Eligibility is asked of {@link io.skein.nba.ProductEligibility}, which the offer module
 * replaces; the default only rules out products already held.
 */
package io.skein.nba;
