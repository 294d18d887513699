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

	private static final int REFRESH_BATCH = 2_000;

	private final NamedQuery write;

	private final NamedQuery scheme;

	private final NamedQuery setScheme;

	public BlockKeyIndex(NationalIdDigests digests, CypherQueries queries) {
		this.digests = digests;
		this.write = queries.get("identity/write-block-keys");
		this.scheme = queries.get("identity/block-key-scheme");
		this.setScheme = queries.get("identity/set-block-key-scheme");
	}

	/**
	 * A record just stored, by id, as it was received; {@code keptNationalId} the digests of the national id
	 * the record kept from its stored version when the update's one was malformed (else null).
	 */
	public record Stored(String recordId, RecordInput input, NationalIdDigests.Digests keptNationalId) {
	}

	/**
	 * The blocking keys and national-id digests of a record just stored ({@code recordId}, {@code keys},
	 * {@code nationalIdDigest}, {@code nationalIdVariants}), for the statement that writes the record
	 * ({@code ingest/upsert-records}, a bootstrap load's {@code bootstrap/create-records}); what
	 * {@code identity/write-block-keys} writes.
	 */
	public Map<String, Object> rowFor(Stored stored) {
		return row(matchRecord(stored.recordId(), stored.input(), stored.keptNationalId()));
	}

	/**
	 * Rewrites every stored record's keys when they were written under an older {@link BlockingKeys#SCHEME}
	 * (after an upgrade that changed the rules), so candidates come from the current rules for old and new
	 * records alike. Returns how many records were rewritten (0 when the scheme is current).
	 */
	int refreshIfOutdated(Graph graph, List<MatchRecord> records) {
		int stored = graph.query(this.scheme, Map.of(), r -> r.get("version").asInt()).get(0);
		if (stored >= BlockingKeys.SCHEME) {
			return 0;
		}
		for (int from = 0; from < records.size(); from += REFRESH_BATCH) {
			List<Map<String, Object>> rows = records.subList(from, Math.min(records.size(), from + REFRESH_BATCH))
				.stream()
				.map(this::row)
				.toList();
			graph.write(tx -> tx.run(this.write, Map.of("rows", rows)));
		}
		graph.write(tx -> tx.run(this.setScheme, Map.of("version", BlockingKeys.SCHEME)));
		return records.size();
	}

	private Map<String, Object> row(MatchRecord record) {
		Map<String, Object> row = new HashMap<>();
		row.put("recordId", record.id());
		row.put("keys", this.blockingKeys.keysFor(record).stream().map(BlockingKey::asString).toList());
		row.put("nationalIdDigest", record.nationalId());
		row.put("nationalIdVariants",
				record.nationalIdVariants() == null ? null : record.nationalIdVariants().stream().sorted().toList());
		return row;
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
