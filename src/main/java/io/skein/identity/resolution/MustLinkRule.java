package io.skein.identity.resolution;

import java.util.ArrayList;
import java.util.List;

import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.PersonName;
import io.skein.identity.StitchingProperties;
import io.skein.identity.matching.RecordPair;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Pairs of records sharing a stitching identifier, under the stitching rules: types from
 * {@code skein.stitching.identifier-types}, blocklisted values never, a household's phone or mailbox (two
 * holders with conflicting given names) never, a phone only between records whose
 * names agree, and an identifier held by more than {@code must-link-max-records} records never. (Different
 * national ids are checked by the clusterer, on whole clusters.) One rule for the full and the real-time
 * resolve, applied to rows of {@code identity/shared-identifiers} or {@code identity/shared-identifiers-of}.
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

	ResolutionService.MustLinks apply(List<Record> rows) {
		List<RecordPair> pairs = new ArrayList<>();
		int guarded = 0;
		for (Record row : rows) {
			IdentifierType type = IdentifierType.valueOf(row.get("type").asString());
			Identifier identifier = new Identifier(type, row.get("value").asString());
			List<Value> holders = row.get("records").asList(v -> v);
			if (holders.isEmpty() || this.normaliser.isBlocklisted(identifier) || household(type, holders)) {
				guarded++;
				continue;
			}
			for (int a = 0; a < holders.size(); a++) {
				for (int b = a + 1; b < holders.size(); b++) {
					Value left = holders.get(a);
					Value right = holders.get(b);
					if (type != IdentifierType.PHONE || name(left).agreesWith(name(right))) {
						pairs.add(new RecordPair(left.get("id").asString(), right.get("id").asString()));
					}
				}
			}
		}
		return new ResolutionService.MustLinks(pairs, guarded);
	}

	/** A phone or mailbox whose holders include two conflicting given names is a household's: no must-links. */
	private static boolean household(IdentifierType type, List<Value> holders) {
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

	private static PersonName name(Value holder) {
		return PersonName.of(holder.get("firstName").asString(null), holder.get("lastName").asString(null));
	}

}
