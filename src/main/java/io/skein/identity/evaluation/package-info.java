/**
 * Measuring identity resolution against labelled data: pairwise precision, recall and F1, B-cubed F1 and
 * over-merged clusters ({@link io.skein.identity.evaluation.ClusterMetrics}), and the {@code evaluate}
 * command that runs the matching engine over mapped CSV files.
 */
package io.skein.identity.evaluation;
