/**
 * Data quality per source and attribute (completeness, validity, uniqueness, duplicates found, staleness)
 * read from the stored records in one query, and how often each source wins survivorship, counted from the
 * golden profiles of customers with records from several sources; for the steward deciding which feed to
 * fix first.
 */
package io.skein.quality;
