package io.skein.identity.resolution;

import io.skein.identity.matching.MatchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How resolution behaves ({@code skein.resolution.*}).
 *
 * @param maxBlockSize a blocking key shared by more records than this proposes no candidate pairs (it is
 * reported instead)
 * @param minTrainingRecords below this many records the model is not trained but the documented default
 * ({@link DefaultModel}) is used
 * @param linkThreshold total weight from which a pair links (log2 odds; 1.0 = 2:1)
 * @param reviewThreshold total weight from which a pair goes to review
 * @param maxClusterSize a fuzzy merge that would make a cluster larger than this is held for review
 * @param mustLinkMaxRecords a stitching identifier held by more records than this makes no
 * deterministic must-links (fuzzy scoring still sees the value)
 * @param leaseTtl how long the store lease of a full resolution or retraining ({@code identity.resolve}) outlives
 * its holder's last renewal (renewed every third of it): an instance killed mid-run frees it after this (2 min)
 */
@ConfigurationProperties("skein.resolution")
public record ResolutionProperties(int maxBlockSize, int minTrainingRecords, Double linkThreshold,
		Double reviewThreshold, int maxClusterSize, int mustLinkMaxRecords,
		java.time.Duration leaseTtl) {

	public ResolutionProperties {
		maxBlockSize = maxBlockSize <= 0 ? MatchSettings.DEFAULT.maxBlockSize() : maxBlockSize;
		minTrainingRecords = minTrainingRecords <= 0 ? 200 : minTrainingRecords;
		linkThreshold = linkThreshold == null ? 1.0 : linkThreshold;
		reviewThreshold = reviewThreshold == null ? -4.0 : reviewThreshold;
		maxClusterSize = maxClusterSize <= 0 ? 25 : maxClusterSize;
		mustLinkMaxRecords = mustLinkMaxRecords <= 0 ? 6 : mustLinkMaxRecords;
		leaseTtl = leaseTtl == null || leaseTtl.isNegative() || leaseTtl.isZero() ? java.time.Duration.ofMinutes(2) : leaseTtl;
	}

	public static ResolutionProperties defaults() {
		return new ResolutionProperties(0, 0, null, null, 0, 0, null);
	}

}
