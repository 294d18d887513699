package io.skein.identity.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.matching.BlockingKey;
import io.skein.identity.matching.BlockingKeys;
import io.skein.identity.matching.MatchRecord;
import io.skein.ingest.RecordInput;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code (:SourceRecord)-[:HAS_BLOCK_KEY]->(:BlockKey {key})} in step with stored records. Called by
 * ingestion inside the transaction that stores (or replaces) a record, so a committed record always has
 * its keys. The national id never appears raw: its key is the digest, and the record keeps the digests
 * fuzzy matching compares ({@code nationalIdDigest}, {@code nationalIdVariants}).
 */
@Component
public class BlockKeyIndex {

	private final BlockingKeys blockingKeys = new BlockingKeys();

	private final NationalIdDigests digests;

	private final NamedQuery write;

	public BlockKeyIndex(NationalIdDigests digests, CypherQueries queries) {
		this.digests = digests;
		this.write = queries.get("identity/write-block-keys");
	}

	/**
	 * A record just stored, by id, as it was received; {@code keptNationalId} the digests of the national id
	 * the record kept from its stored version when the update's one was malformed (else null).
	 */
	public record Stored(String recordId, RecordInput input, NationalIdDigests.Digests keptNationalId) {
	}

	/** Replaces the blocking keys and national-id digests of records just stored, in one statement. */
	public void recordsStored(Graph.Tx tx, List<Stored> stored) {
		if (stored.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (Stored s : stored) {
			MatchRecord record = matchRecord(s.recordId(), s.input(), s.keptNationalId());
			Map<String, Object> row = new HashMap<>();
			row.put("recordId", s.recordId());
			row.put("keys", this.blockingKeys.keysFor(record).stream().map(BlockingKey::asString).toList());
			row.put("nationalIdDigest", record.nationalId());
			row.put("nationalIdVariants",
					record.nationalIdVariants() == null ? null : record.nationalIdVariants().stream().sorted().toList());
			rows.add(row);
		}
		tx.run(this.write, Map.of("rows", rows));
	}

	/** The record as matching sees it, its national id replaced by digests (the kept ones when given). */
	MatchRecord matchRecord(String recordId, RecordInput input, NationalIdDigests.Digests kept) {
		NationalIdDigests.Digests nid = kept != null ? kept : this.digests.of(input.nationalId());
		return MatchRecord.of(recordId, withoutNationalId(input))
			.withNationalIdDigests(nid == null ? null : nid.digest(), nid == null ? null : nid.variants());
	}

	static RecordInput withoutNationalId(RecordInput r) {
		return new RecordInput(r.source(), r.sourceId(), r.firstName(), r.middleName(), r.lastName(), r.fullName(),
				r.dateOfBirth(), r.gender(), r.email(), r.phone(), null, r.address(), null, null);
	}

}
