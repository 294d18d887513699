package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.skein.identity.matching.BlockingKeys;
import io.skein.identity.matching.MatchRecord;
import io.skein.identity.matching.MatchThresholds;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Says whether a record's stored {@code MATCHED} edges are still every LINK- and REVIEW-band candidate pair
 * it has, so real-time resolution may read them instead of scoring the record against its whole blocks.
 * A record whose pairs were all scored carries {@code pairsMarker}: a digest of what decided them — the
 * model (trained when, on how many records), the thresholds, the block-size limit, the blocking-key
 * scheme, the scoring version and the record's own compared values. Any of them changing (a retrained
 * model, a new threshold, an edited record, an upgrade) makes the marker differ, and the record is scored
 * in full again. What the marker cannot see — a block of the record's pushed over (or back under) its
 * limit by another record — makes the record a seed of that write ({@link ComponentFinder#seeds}), and
 * seeds are always scored in full.
 */
record PairsMarker(String scorerKey) {

	/** Raise when a change to comparators or banding would score a stored pair differently under the same model. */
	static final int SCORING_VERSION = 1;

	static PairsMarker of(ModelStore.StoredModel model, MatchThresholds thresholds, int maxBlockSize) {
		return new PairsMarker(String.join("|", String.valueOf(model.trainedAt()), String.valueOf(model.records()),
				String.valueOf(model.defaulted()), String.valueOf(thresholds.link()), String.valueOf(thresholds.review()),
				String.valueOf(maxBlockSize), String.valueOf(BlockingKeys.SCHEME), String.valueOf(SCORING_VERSION)));
	}

	/** The marker of one record's pairs scored under this scorer. */
	String of(MatchRecord record) {
		List<String> parts = new ArrayList<>(List.of(this.scorerKey, record.id()));
		parts.add(String.valueOf(record.givenName()));
		parts.add(String.valueOf(record.familyName()));
		parts.add(String.valueOf(record.birthDate()));
		parts.add(String.valueOf(record.street()));
		parts.add(String.valueOf(record.postcode()));
		parts.add(String.valueOf(record.city()));
		parts.add(String.valueOf(record.email()));
		parts.add(String.valueOf(record.phone()));
		parts.add(String.valueOf(record.nationalId()));
		parts.add(String.valueOf(record.gender()));
		parts.add(String.valueOf(record.nationalIdVariants() == null ? null : new TreeSet<>(record.nationalIdVariants())));
		return DigestUtils.sha256Hex(String.join("\u0001", parts));
	}

	/** True when the record's stored marker says its MATCHED edges are complete under this scorer. */
	boolean trusts(StoredRecord record) {
		return record.pairsMarker() != null && record.pairsMarker().equals(of(record.match()));
	}

}
