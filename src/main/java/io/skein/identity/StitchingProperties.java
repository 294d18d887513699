package io.skein.identity;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deterministic stitching behaves ({@code skein.stitching.*}).
 *
 * @param identifierTypes identifier types whose shared value makes records one customer; PHONE also needs
 * the names to agree, since households share phones
 * @param maxCustomersPerIdentifier a value held by more customers than this is stored but never stitches
 * @param blocklist values that never stitch, compared after normalisation (e.g. test@example.com)
 * @param defaultRegion region for phone numbers written without a country code (ISO 3166, e.g. IN)
 */
@ConfigurationProperties("skein.stitching")
public record StitchingProperties(List<IdentifierType> identifierTypes, int maxCustomersPerIdentifier,
		List<String> blocklist, String defaultRegion) {

	public StitchingProperties {
		identifierTypes = identifierTypes == null
				? List.of(IdentifierType.EMAIL, IdentifierType.NATIONAL_ID, IdentifierType.ACCOUNT_NUMBER,
						IdentifierType.PHONE)
				: List.copyOf(identifierTypes);
		maxCustomersPerIdentifier = maxCustomersPerIdentifier <= 0 ? 5 : maxCustomersPerIdentifier;
		blocklist = blocklist == null ? List.of() : List.copyOf(blocklist);
		defaultRegion = defaultRegion == null ? "IN" : defaultRegion;
	}

	public boolean stitchesOn(IdentifierType type) {
		return this.identifierTypes.contains(type);
	}

	Set<String> blocklistSet() {
		return Set.copyOf(this.blocklist);
	}

}
