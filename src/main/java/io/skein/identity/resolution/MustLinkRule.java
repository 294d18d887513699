package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;

import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.PersonName;
import io.skein.identity.StitchingProperties;
import io.skein.identity.matching.RecordPair;
import org.neo4j.driver.types.MapAccessorWithDefaultValue;

import org.springframework.stereotype.Component;

/**
 * Pairs of records sharing a stitching identifier, under the stitching rules: types from
 * {@code skein.stitching.identifier-types}, blocklisted values never, a household's phone or mailbox (two
 * holders with conflicting given names) never, a phone only between records whose
 * names agree, and an identifier held by more than {@code must-link-max-records} records never. (Different
 * national ids are checked by the clusterer, on whole clusters.) One rule for the full and the real-time
 * resolve, applied to rows of {@code identity/shared-identifiers} or the {@code shared} rows of {@code identity/resolution-frontier}.
 */
@Component
class MustLinkRule {

	private final StitchingProperties stitching;

	private final IdentifierNormaliser normaliser;

	private final ResolutionProperties properties;

	MustLinkRule(StitchingProperties stitching, IdentifierNormaliser normaliser, ResolutionProperties properties) {
		this.stitching = stitching;
		this.normaliser = normaliser;
		this.properties = properties;
	}

	/** The stitching identifier types, as query parameters. */
	List<String> types() {
		return this.stitching.identifierTypes().stream().map(Enum::name).toList();
	}

	int maxHolders() {
		return this.properties.mustLinkMaxRecords();
	}

	/** The must-links of rows of {@code identity/shared-identifiers} or the {@code shared} rows of {@code identity/resolution-frontier}. */
	ResolutionService.MustLinks applyRows(List<? extends MapAccessorWithDefaultValue> rows) {
		return apply(rows.stream().map(MustLinkRule::shared).toList());
	}

	ResolutionService.MustLinks apply(List<ResolutionInput.SharedIdentifier> rows) {
		List<RecordPair> pairs = new ArrayList<>();
		int guarded = 0;
		for (ResolutionInput.SharedIdentifier row : rows) {
			IdentifierType type = row.type();
			Identifier identifier = new Identifier(type, row.value());
			List<ResolutionInput.HolderName> holders = row.records();
			if (holders.isEmpty() || this.normaliser.isBlocklisted(identifier) || household(type, holders)) {
				guarded++;
				continue;
			}
			for (int a = 0; a < holders.size(); a++) {
				for (int b = a + 1; b < holders.size(); b++) {
					ResolutionInput.HolderName left = holders.get(a);
					ResolutionInput.HolderName right = holders.get(b);
					if (type != IdentifierType.PHONE || name(left).agreesWith(name(right))) {
						pairs.add(new RecordPair(left.id(), right.id()));
					}
				}
			}
		}
		return new ResolutionService.MustLinks(pairs, guarded);
	}

	/** A row of {@code identity/shared-identifiers} (or {@code -of}) as the rule reads it. */
	static ResolutionInput.SharedIdentifier shared(MapAccessorWithDefaultValue row) {
		return new ResolutionInput.SharedIdentifier(IdentifierType.valueOf(row.get("type").asString()),
				row.get("value").asString(), row.get("holders").asLong(0),
				row.get("records")
					.asList(v -> new ResolutionInput.HolderName(v.get("id").asString(), v.get("firstName").asString(null),
							v.get("lastName").asString(null))));
	}

	/** A phone or mailbox whose holders include two conflicting given names is a household's: no must-links. */
	private static boolean household(IdentifierType type, List<ResolutionInput.HolderName> holders) {
		if (type != IdentifierType.EMAIL && type != IdentifierType.PHONE) {
			return false;
		}
		List<PersonName> names = holders.stream().map(MustLinkRule::name).toList();
		for (int a = 0; a < names.size(); a++) {
			for (int b = a + 1; b < names.size(); b++) {
				if (names.get(a).conflictsWith(names.get(b))) {
					return true;
				}
			}
		}
		return false;
	}

	private static PersonName name(ResolutionInput.HolderName holder) {
		return PersonName.of(holder.firstName(), holder.lastName());
	}

}
