package io.skein.identity.golden;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurvivorshipTest {

	static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");

	private static Survivorship.Candidate<String> c(String value, String source, String id, Instant at) {
		return new Survivorship.Candidate<>(value, source, id, at);
	}

	@Test
	void sourcePriorityThenRecencyThenCompleteness() {
		Survivorship rules = new Survivorship(new GoldenProperties(null, List.of("core_banking", "crm"), null));
		var choice = rules.choose("email", List.of(c("new@web.in", "web", "1", T2), c("old@bank.in", "core_banking", "1", T1),
				c("crm@x.in", "crm", "1", T2)));
		assertThat(choice.candidate().value()).isEqualTo("old@bank.in");
		assertThat(choice.rule()).isEqualTo("SOURCE_PRIORITY(core_banking)");

		var recent = rules.choose("email", List.of(c("a@bank.in", "core_banking", "1", T1), c("b@bank.in", "core_banking", "2", T2)));
		assertThat(recent.candidate().value()).isEqualTo("b@bank.in");
		assertThat(recent.rule()).isEqualTo("MOST_RECENT");

		var complete = rules.choose("address", List.of(c("12 MG Road", "core_banking", "1", T1),
				c("12 MG Road, Bengaluru 560001", "core_banking", "2", T1)));
		assertThat(complete.candidate().value()).isEqualTo("12 MG Road, Bengaluru 560001");
		assertThat(complete.rule()).isEqualTo("MOST_COMPLETE");
	}

	@Test
	void unlistedSourcesFallThroughAndAgreementNamesTheFirstRule() {
		Survivorship rules = new Survivorship(new GoldenProperties(null, List.of("core_banking"), null));
		var choice = rules.choose("firstName", List.of(c("Asha", "web", "1", T1), c("Asha M", "app", "1", T2)));
		assertThat(choice.candidate().value()).isEqualTo("Asha M");
		assertThat(choice.rule()).isEqualTo("MOST_RECENT");
		var single = rules.choose("firstName", List.of(c("Asha", "core_banking", "1", T1)));
		assertThat(single.rule()).isEqualTo("SOURCE_PRIORITY(core_banking)");
		assertThat(rules.choose("firstName", List.of())).isNull();
	}

	@Test
	void perAttributeRulesOverrideAndTiesGoToTheSmallestSource() {
		Survivorship rules = new Survivorship(new GoldenProperties(null, List.of("core_banking"),
				Map.of("phone", List.of(Survivorship.Rule.MOST_RECENT))));
		var phone = rules.choose("phone", List.of(c("+911", "core_banking", "1", T1), c("+912", "web", "1", T2)));
		assertThat(phone.candidate().value()).isEqualTo("+912");
		var tie = rules.choose("phone", List.of(c("+913", "web", "2", T2), c("+912", "crm", "1", T2)));
		assertThat(tie.candidate().source()).isEqualTo("crm");
	}

	@Test
	void declaredSourcesRankFirstThenTheConfiguredListThenTheRest() {
		java.util.concurrent.atomic.AtomicReference<Map<String, Integer>> declared = new java.util.concurrent.atomic.AtomicReference<>(
				Map.of("crm", 2, "web", 1, "branch", 1));
		Survivorship rules = new Survivorship(new GoldenProperties(null, List.of("core_banking", "crm"), null), declared::get);
		assertThat(rules.sourcePriority()).containsExactly("branch", "web", "crm", "core_banking");
		var declaredWins = rules.choose("email", List.of(c("a@bank.in", "core_banking", "1", T2), c("c@crm.in", "crm", "1", T1)));
		assertThat(declaredWins.candidate().value()).isEqualTo("c@crm.in");
		assertThat(declaredWins.rule()).isEqualTo("SOURCE_PRIORITY(crm)");
		var equalRanksByName = rules.choose("email", List.of(c("w@web.in", "web", "1", T2), c("b@branch.in", "branch", "1", T1)));
		assertThat(equalRanksByName.rule()).isEqualTo("SOURCE_PRIORITY(branch)");
		var listedOverUnranked = rules.choose("email", List.of(c("a@bank.in", "core_banking", "1", T1), c("x@app.in", "app", "1", T2)));
		assertThat(listedOverUnranked.rule()).isEqualTo("SOURCE_PRIORITY(core_banking)");

		declared.set(Map.of("core_banking", 1));
		assertThat(rules.sourcePriority()).as("re-read when the ranks change").containsExactly("core_banking", "crm");
	}

}
