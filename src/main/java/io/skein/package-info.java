/**
 * Skein's root: the application class. Each sub-package owns one capability (graph plumbing, ingestion,
 * identity stitching, the customer view, the command line, the demo bank) and is reached through its
 * public service.
 */
package io.skein;
