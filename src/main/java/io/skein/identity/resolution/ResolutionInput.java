package io.skein.identity.resolution;

import java.util.List;

import io.skein.identity.IdentifierType;

/**
 * What a full resolution reads about the stored records, whether from the graph
 * ({@code identity/resolution-records}, {@code identity/candidate-blocks}, {@code identity/shared-identifiers})
 * or from a bootstrap load's memory ({@link LoadedRecords}): the same rows either way, so the same resolution.
 *
 * @param records every source record with its active customer, in id order
 * @param blocks every blocking key held by two or more records
 * @param shared every stitching identifier held by two or more records, in key order
 */
public record ResolutionInput(List<StoredRecord> records, List<Block> blocks, List<SharedIdentifier> shared) {

	/** A blocking key, how many records hold it and, unless it holds more than the block limit, which. */
	public record Block(String key, long size, List<String> recordIds) {
	}

	/** A stitching identifier, how many records hold it and, unless more than the must-link limit, which. */
	public record SharedIdentifier(IdentifierType type, String value, long holders, List<HolderName> records) {
	}

	/** A record holding a shared identifier, with the names the phone and household rules compare. */
	public record HolderName(String id, String firstName, String lastName) {
	}

}
