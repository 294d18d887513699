package io.skein.customer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.StitchingProperties;
import io.skein.identity.golden.Survivorship;
import org.neo4j.driver.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parts of the customer view this package owns: records, the profile's records, identifiers, accounts, interactions. */
@Configuration(proxyBeanMethods = false)
class CustomerViewParts {

	/** The column of the first, unfiltered interactions page; read by {@link CustomerPrefetch} only. */
	static final String INTERACTIONS = "interactions";

	@Bean
	CustomerViewPart recordsPart(Survivorship survivorship) {
		return new CustomerViewPart("records", "customer/view/records", Map.of(
				"sourceRecords", (id, column) -> records(id, column).stream().map(RecordRow::view).toList(),
				// not a Customer field: what data quality reads to count survivorship wins per source
				SurvivorshipContest.FIELD, (id, column) -> {
					List<RecordRow> records = records(id, column);
					return SurvivorshipContest.of(records, GoldenProfile.of(records, survivorship));
				}));
	}

	/** The profile's records without what it does not show (payload, warnings): a 360 reads half as much. */
	@Bean
	CustomerViewPart profileRecordsPart(Survivorship survivorship) {
		return new CustomerViewPart("profileRecords", "customer/view/profile-records",
				Map.of("profile", (id, column) -> GoldenProfile.of(records(id, column), survivorship)));
	}

	@Bean
	CustomerViewPart identifiersPart(IdentifierNormaliser normaliser, StitchingProperties stitching) {
		int maxHolders = stitching.maxCustomersPerIdentifier();
		return new CustomerViewPart("identifiers", "customer/view/identifiers", Map.of("identifiers",
				(id, column) -> column.asList(n -> {
					String type = n.get("type").asString();
					String value = n.get("value").asString();
					// Guarded by the rules that keep it from stitching: blocklisted, or held by too many customers.
					boolean guarded = n.get("holders").asInt() > maxHolders
							|| normaliser.isBlocklisted(new Identifier(IdentifierType.valueOf(type), value));
					return new IdentifierView(type, value, guarded);
				})));
	}

	@Bean
	CustomerViewPart accountsPart() {
		return new CustomerViewPart("accounts", "customer/view/accounts",
				Map.of("accounts", (id, column) -> column.asList(a -> account(id, a))),
				new CustomerViewPart.Lean("customer/view/accounts-lean", Set.of("Account.assertedBy")));
	}

	@Bean
	CustomerViewPart interactionsPart() {
		return new CustomerViewPart(INTERACTIONS, "customer/view/interactions", Map.of());
	}

	private static List<RecordRow> records(String customerId, Value column) {
		return column.asList(r -> RecordRow.from(r, customerId));
	}

	private static AccountView account(String customerId, Value a) {
		Value product = a.get("product");
		return new AccountView(a.get("accountNumber").asString(),
				product.isNull() ? null
						: new AccountView.ProductView(product.get("code").asString(), Rows.string(product.get("name")),
								Rows.string(product.get("category"))),
				Rows.string(a.get("openedAt")), Rows.string(a.get("closedAt")), Rows.number(a.get("balance")),
				Rows.string(a.get("currency")),
				// absent where the lean block left it out, the request not selecting it
				a.get("record").isNull() ? null : SourceRecordView.from(a.get("record"), customerId));
	}

}
