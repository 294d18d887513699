package io.skein.ingest;

import java.util.Set;

import io.skein.graph.Graph;

/**
 * A veto on items about to be written, asked inside the item's write transaction. {@code keys} are what
 * the item would attach to: identifier keys ({@code EMAIL:a@b.in}, {@code NATIONAL_ID:<hmac>}...),
 * {@code RECORD:<record id>} and, for events naming one, {@code CUSTOMER:<id>}. Privacy uses it so that
 * data of an erased person is not silently revived by a later record or event.
 */
public interface IngestGuard {

	/** Why the item must not be stored (it is then REJECTED with classification {@code REFUSED}), or null. */
	String refuse(Graph.Tx tx, Set<String> keys);

}
