package io.skein.flow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.customer.AttributeValue;
import io.skein.customer.GoldenProfile;
import io.skein.customer.ProfileValue;

/**
 * The facts a customer's graph shows, each with its evidence: KYC done (a {@code KYC_completed} event, or
 * {@code kycVerified = true} in the golden profile), income verified (salary credits, or an {@code income}
 * attribute from a trusted source, or a credit product held there), address confirmed (the golden address from a trusted source).
 */
final class KnownFacts {

	/** Credit products whose sale underwrote the customer's income. */
	static final Set<String> UNDERWRITTEN = Set.of("CREDIT_CARD", "HOME_LOAN", "CAR_LOAN", "PERSONAL_LOAN",
			"EDUCATION_LOAN", "BUSINESS_LOAN");

	private KnownFacts() {
	}

	static Map<Fact, List<Evidence>> of(GraphFacts.Seen seen, GoldenProfile profile, Set<String> trustedSources) {
		Map<Fact, List<Evidence>> facts = new EnumMap<>(Fact.class);
		if (seen.kycAt() != null) {
			add(facts, new Evidence(Fact.KYC_DONE, "EVENT", "KYC_completed"
					+ (seen.kycMethod() == null ? "" : " (method " + seen.kycMethod() + ")"), seen.kycChannel(), null,
					seen.kycAt()));
		}
		AttributeValue kyc = attribute(profile, "kycVerified");
		if (kyc != null && Boolean.TRUE.equals(kyc.value())) {
			add(facts, new Evidence(Fact.KYC_DONE, "ATTRIBUTE", "kycVerified = true", kyc.source(), kyc.sourceId(),
					kyc.observedAt()));
		}
		if (seen.salaryCredits() > 0) {
			add(facts, new Evidence(Fact.INCOME_VERIFIED, "EVENT", seen.salaryCredits() + " Salary_credited since "
					+ seen.salarySince().toLocalDate(), "ledger", null, seen.lastSalaryAt()));
		}
		AttributeValue income = attribute(profile, "income");
		if (income != null && income.value() instanceof Number && trustedSources.contains(income.source())) {
			add(facts, new Evidence(Fact.INCOME_VERIFIED, "ATTRIBUTE", "income recorded by a trusted source",
					income.source(), income.sourceId(), income.observedAt()));
		}
		seen.accounts().stream()
			.filter(h -> UNDERWRITTEN.contains(h.productCode()) && trustedSources.contains(h.source()))
			.findFirst()
			.ifPresent(h -> add(facts, new Evidence(Fact.INCOME_VERIFIED, "HOLDING", "holds " + h.productCode()
					+ " (income underwritten)" + (h.openedAt() == null ? "" : " since " + h.openedAt()), h.source(), null,
					null)));
		ProfileValue address = profile == null ? null : profile.address();
		if (address != null && trustedSources.contains(address.source())) {
			add(facts, new Evidence(Fact.ADDRESS_CONFIRMED, "PROFILE", "golden address (" + address.rule()
					+ ") from a trusted source", address.source(), address.sourceId(), address.observedAt()));
		}
		return facts;
	}

	private static void add(Map<Fact, List<Evidence>> facts, Evidence evidence) {
		facts.computeIfAbsent(evidence.fact(), f -> new ArrayList<>()).add(evidence);
	}

	private static AttributeValue attribute(GoldenProfile profile, String name) {
		return profile == null ? null
				: profile.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
	}

}
