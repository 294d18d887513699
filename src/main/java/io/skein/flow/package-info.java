/**
 * Flow control for digital journeys (loan origination, card application, KYC): {@code nextJourneyStep}
 * returns the next step of an application for a customer, skipping what the graph already shows — KYC done
 * ({@code KYC_completed} events, {@code kycVerified}), income verified (salary credits, an income or a
 * credit product from a trusted source), address confirmed (a golden address from a trusted source) — with
 * the evidence for each skip, the golden-profile values to prefill with their sources, and the eligible
 * product priced by {@code io.skein.offer}. Steps are code ({@link io.skein.flow.DigitalJourney}); what the
 * graph shows is read in one query ({@code cypher/flow/evidence.cypher}); trusted sources are
 * {@code skein.flow.trusted-sources} (default core_banking, branch).
 */
package io.skein.flow;
