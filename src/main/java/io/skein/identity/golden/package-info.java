/**
 * Golden records: survivorship rules ({@code skein.golden.*}) that choose each profile attribute from a
 * customer's source records and say which rule chose it. Source priority follows the ranks an admin
 * declared ({@link io.skein.identity.golden.SourceRanks}, cached for {@code skein.golden.source-rank-ttl}),
 * then {@code skein.golden.source-priority}. Golden values are chosen whenever a profile is read (the 360,
 * data quality's survivorship tally), never stored, so a changed rank needs no recomputation.
 */
package io.skein.identity.golden;
