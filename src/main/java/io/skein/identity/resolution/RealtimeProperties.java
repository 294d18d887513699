package io.skein.identity.resolution;

import io.skein.ingest.UpkeepProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Real-time resolution ({@code skein.resolution.realtime.*}): every write resolves the records it changed.
 *
 * @param enabled false turns real-time resolution off (records are then only stitched deterministically
 * until {@code resolve} runs)
 * @param maxScopeRecords a write whose resolution scope (the records clustering could join with the changed
 * ones) grows past this many records is resolved by a full reconciliation with the stored model instead
 * @param mode {@code sync}: before the write returns; {@code async}: by a background worker; unset: as
 * {@code skein.upkeep.mode}
 */
@ConfigurationProperties("skein.resolution.realtime")
public record RealtimeProperties(Boolean enabled, int maxScopeRecords, UpkeepProperties.Mode mode) {

	public RealtimeProperties {
		enabled = enabled == null ? Boolean.TRUE : enabled;
		maxScopeRecords = maxScopeRecords <= 0 ? 2000 : maxScopeRecords;
	}

	/** The mode in force: this one's, else derived state's. */
	UpkeepProperties.Mode modeWith(UpkeepProperties upkeep) {
		return this.mode != null ? this.mode : upkeep.mode();
	}

}
