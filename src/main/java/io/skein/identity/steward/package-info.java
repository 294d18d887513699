/**
 * Data stewardship: the review queue, explanations over GraphQL, and the steward's merge, split, ban and
 * undo, each audited as a {@code (:StewardAction)} with before/after snapshots.
 */
package io.skein.identity.steward;
