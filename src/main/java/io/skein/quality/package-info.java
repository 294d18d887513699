/**
 * Data quality per source and attribute (completeness, validity, uniqueness, duplicates found, staleness),
 * read from the stored records in one query, for the steward deciding which feed to fix first.
 */
package io.skein.quality;
