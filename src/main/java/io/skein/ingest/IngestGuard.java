package io.skein.ingest;

import java.util.List;
import java.util.Set;

import io.skein.graph.Graph;

/**
 * A veto on items about to be written, asked inside the write transaction, once for a run of items (so a
 * guard costs one query per run, not one per item). Each item's {@code keys} are what it would attach to:
 * identifier keys ({@code EMAIL:a@b.in}, {@code NATIONAL_ID:<hmac>}...), {@code RECORD:<record id>} and,
 * for events naming one, {@code CUSTOMER:<id>}. Privacy uses it so that data of an erased person is not
 * silently revived by a later record or event.
 */
public interface IngestGuard {

	/**
	 * For each item, in order, why it must not be stored (it is then REJECTED with classification
	 * {@code REFUSED}), or null to let it through.
	 */
	List<String> refuse(Graph.Tx tx, List<Set<String>> keysPerItem);

}
