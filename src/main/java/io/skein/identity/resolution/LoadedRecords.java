package io.skein.identity.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.skein.identity.IdentifierType;
import org.neo4j.driver.Values;

/**
 * The records a bootstrap load wrote, kept as a full resolution would read them back from the store
 * ({@link ResolutionInput}): each record's stored values, its blocking keys and its stitching identifiers,
 * taken from the very rows {@code bootstrap/create-records} writes. Lets the load's end resolution run
 * without reading the store. Single-threaded.
 */
public final class LoadedRecords {

	/** The columns of {@code identity/resolution-records} a record's stored properties give. */
	private static final List<String> COLUMNS = List.of("id", "source", "sourceId", "firstName", "middleName", "lastName",
			"fullName", "gender", "email", "phone", "addressLine1", "addressLine2", "city", "postcode", "state",
			"country", "firstSeenAt");

	/** A customer as resolution reads it for a record: the active one, and when it was created. */
	public record Owner(String customerId, Instant createdAt) {
	}

	private record Shared(IdentifierType type, String value, List<ResolutionInput.HolderName> holders) {
	}

	private final Set<IdentifierType> stitchingTypes;

	private final List<StoredRecord> records = new ArrayList<>();

	private final Map<String, List<String>> blocks = new HashMap<>();

	private final Map<String, Shared> shared = new HashMap<>();

	/** Keeps the holders of the identifiers of {@code stitchingTypes} (the must-link rule's). */
	public LoadedRecords(Collection<IdentifierType> stitchingTypes) {
		this.stitchingTypes = Set.copyOf(stitchingTypes);
	}

	/**
	 * A record as written: its stored properties, its identifiers ({@code key}, {@code type}, {@code value}, one
	 * {@code HAS_IDENTIFIER} edge each), its blocking keys and its national id's digests.
	 */
	public void add(Map<String, Object> props, List<? extends Map<?, ?>> identifiers, List<String> blockKeys,
			Object nationalIdDigest, Object nationalIdVariants) {
		Map<String, Object> row = new HashMap<>();
		COLUMNS.forEach(column -> row.put(column, props.get(column)));
		// as identity/resolution-records reads it: coalesce(r.dateOfBirth, r.dateOfBirthRaw)
		row.put("dateOfBirth", props.get("dateOfBirth") != null ? props.get("dateOfBirth") : props.get("dateOfBirthRaw"));
		row.put("nationalIdDigest", nationalIdDigest);
		row.put("nationalIdVariants", nationalIdVariants);
		StoredRecord record = StoredRecord.from(Values.value(row));
		this.records.add(record);
		for (String key : blockKeys) {
			this.blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(record.id());
		}
		ResolutionInput.HolderName holder = new ResolutionInput.HolderName(record.id(), record.firstName(),
				record.lastName());
		for (Map<?, ?> identifier : identifiers) {
			IdentifierType type = IdentifierType.valueOf((String) identifier.get("type"));
			if (this.stitchingTypes.contains(type)) {
				this.shared.computeIfAbsent((String) identifier.get("key"),
						k -> new Shared(type, (String) identifier.get("value"), new ArrayList<>(2)))
					.holders()
					.add(holder);
			}
		}
	}

	/**
	 * What resolution would read from the store now: every record with its owner, the blocks (members left
	 * out of those over {@code maxBlockSize}) and the shared identifiers (holders left out of those over
	 * {@code maxHolders}).
	 */
	public ResolutionInput input(Function<String, Owner> ownerOf, int maxBlockSize, int maxHolders) {
		List<StoredRecord> owned = new ArrayList<>(this.records.size());
		for (StoredRecord record : this.records) {
			Owner owner = ownerOf.apply(record.id());
			owned.add(owner == null ? record : record.withCustomer(owner.customerId(), owner.createdAt()));
		}
		owned.sort(Comparator.comparing(StoredRecord::id));
		List<ResolutionInput.Block> blocks = new ArrayList<>();
		this.blocks.forEach((key, ids) -> {
			if (ids.size() >= 2) {
				blocks.add(new ResolutionInput.Block(key, ids.size(), ids.size() <= maxBlockSize ? ids : List.of()));
			}
		});
		List<ResolutionInput.SharedIdentifier> shared = this.shared.entrySet()
			.stream()
			.filter(e -> e.getValue().holders().size() >= 2)
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.map(s -> new ResolutionInput.SharedIdentifier(s.type(), s.value(), s.holders().size(),
					s.holders().size() <= maxHolders ? s.holders() : List.of()))
			.toList();
		return new ResolutionInput(owned, blocks, shared);
	}

}
