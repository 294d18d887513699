package io.skein.segment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.segment.rule.CompiledRule;
import io.skein.segment.rule.Rule;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.RuleContext;
import io.skein.segment.rule.RuleError;
import io.skein.segment.rule.RuleParser;
import io.skein.segment.rule.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule checking and compilation, without a graph: each operator, each error with its path, no user text in Cypher. */
class RuleCompilerTest {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	static final RuleContext CONTEXT = new RuleContext(Map.of("income", ValueType.NUMBER, "IsGlobetrotter",
			ValueType.BOOLEAN, "riskProfile", ValueType.STRING, "since", ValueType.DATE), "vip"::equals, false,
			RuleContext.Limits.defaults());

	static CompiledRule compile(Map<String, Object> rule) {
		return RuleCompiler.compile(RuleParser.parse(rule, "rule", CONTEXT), NOW);
	}

	static RuleError error(Object rule) {
		try {
			RuleParser.parse(rule, "rule", CONTEXT);
		}
		catch (RuleError ex) {
			return ex;
		}
		throw new AssertionError("expected the rule to be refused: " + rule);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "EQ|= $rule1", "NE|<> $rule1", "GT|> $rule1", "GTE|>= $rule1", "LT|< $rule1",
			"LTE|<= $rule1" })
	void numberComparisonsBindTheNameAndTheValue(String op, String expected) {
		CompiledRule compiled = compile(Map.of("attribute", Map.of("name", "income", "op", op, "value", 5000)));
		assertThat(compiled.cypher()).contains("r_1[$rule0] " + expected.strip());
		assertThat(compiled.parameters()).containsEntry("rule0", "attr.income").containsEntry("rule1", 5000.0);
	}

	@Test
	void listAndRangeComparisons() {
		CompiledRule in = compile(Map.of("attribute", Map.of("name", "riskProfile", "op", "IN", "value", List.of("Low", "MEDIUM"))));
		assertThat(in.cypher()).contains(" IN $rule1");
		assertThat(in.parameters()).containsEntry("rule1", List.of("low", "medium"));
		CompiledRule notIn = compile(Map.of("attribute", Map.of("name", "riskProfile", "op", "NOT_IN", "value", List.of("high"))));
		assertThat(notIn.cypher()).contains("NOT toLower(");
		CompiledRule between = compile(Map.of("profile", Map.of("field", "AGE", "op", "BETWEEN", "value", List.of(30, 45))));
		assertThat(between.cypher()).contains("duration.between(").contains(">= $rule2 AND").contains("<= $rule3");
		assertThat(between.parameters()).containsEntry("rule0", "dateOfBirth").containsEntry("rule2", 30.0)
			.containsEntry("rule3", 45.0);
		CompiledRule contains = compile(Map.of("profile", Map.of("field", "CITY", "op", "CONTAINS", "value", "Pune")));
		assertThat(contains.cypher()).contains(" CONTAINS $rule1");
		assertThat(contains.parameters()).containsEntry("rule1", "pune");
		CompiledRule starts = compile(Map.of("profile", Map.of("field", "POSTCODE", "op", "STARTS_WITH", "value", "411")));
		assertThat(starts.cypher()).contains(" STARTS WITH $rule1");
		CompiledRule exists = compile(Map.of("attribute", Map.of("name", "IsGlobetrotter", "op", "EXISTS")));
		assertThat(exists.cypher()).contains("r_1[$rule0] IS NOT NULL");
		CompiledRule date = compile(Map.of("attribute", Map.of("name", "since", "op", "GT", "value", "2020-01-31")));
		assertThat(date.parameters()).containsEntry("rule1", "2020-01-31");
	}

	@Test
	void andOrNotNest() {
		CompiledRule compiled = compile(Map.of("and", List.of(
				Map.of("attribute", Map.of("name", "IsGlobetrotter", "op", "EQ", "value", true)),
				Map.of("or", List.of(Map.of("segment", Map.of("id", "vip")),
						Map.of("not", Map.of("rfm", Map.of("recency", Map.of("gte", 4)))))))));
		assertThat(compiled.cypher()).startsWith("coalesce((EXISTS").contains(" AND (EXISTS { (c)-[:IN_SEGMENT]->")
			.contains(" OR (NOT ((coalesce(c.rfmR, 0) >= $rule3)))");
		assertThat(compiled.segments()).containsExactly("vip");
		assertThat(compiled.parameters()).containsEntry("rule2", "vip").containsEntry("rule1", true);
	}

	@Test
	void eventsHoldingsAndTransactionsBindWindowsRelativeToNow() {
		CompiledRule event = compile(Map.of("event", Map.of("type", "Page_viewed", "channel", "WEB", "properties",
				List.of(Map.of("name", "Page category", "op", "EQ", "value", "Insurance")), "window",
				Map.of("last", 6, "unit", "MONTHS"))));
		assertThat(event.cypher()).contains("COUNT { MATCH (i_1:Interaction)-[:OF_CUSTOMER]->(c)")
			.contains("i_1.at >= $rule2").contains("i_1[$rule3]").contains(">= $rule5");
		assertThat(event.parameters()).containsEntry("rule0", "Page_viewed").containsEntry("rule1", "WEB")
			.containsEntry("rule2", ZonedDateTime.parse("2025-12-01T12:00Z")).containsEntry("rule3", "prop.Page category")
			.containsEntry("rule4", "insurance").containsEntry("rule5", 1.0);

		CompiledRule holding = compile(Map.of("holding", Map.of("products", List.of("home_loan"), "categories",
				List.of("loans"), "openedWithin", Map.of("last", 1, "unit", "YEARS"), "balance", Map.of("gt", 0),
				"totalBalance", Map.of("gte", 250000, "lte", 1000000))));
		assertThat(holding.parameters()).containsValues(List.of("HOME_LOAN"), List.of("LOANS"), "2025-06-01",
				"2026-06-01", 250000.0, 1000000.0);
		assertThat(holding.cypher()).contains("[:HOLDS]->(a_1:Account)").contains("RETURN DISTINCT a_1");

		CompiledRule tx = compile(Map.of("transactions", Map.of("types", List.of("EMI_paid"), "window",
				Map.of("last", 30, "unit", "DAYS"), "sum", Map.of("gt", 1000), "count", Map.of("gte", 2))));
		assertThat(tx.parameters()).containsValues(List.of("EMI_paid"), "prop.amount",
				ZonedDateTime.parse("2026-05-02T12:00Z"), 1000.0, 2.0);
		assertThat(tx.cypher()).contains("reduce(sum_").contains("size(t_");
	}

	@Test
	void everyErrorNamesItsPath() {
		assertThat(error(Map.of("and", List.of(Map.of("attribute", Map.of("name", "income", "op", "GT", "value", 1)),
				Map.of("event", Map.of("type", "X", "window", Map.of("last", 10, "unit", "YEARS"))))))).satisfies(e -> {
					assertThat(e.path()).isEqualTo("rule.and[1].event.window");
					assertThat(e.getMessage()).contains("window too large");
				});
		assertThat(error(Map.of("attribute", Map.of("name", "shoeSize", "op", "EQ", "value", 9))).path())
			.isEqualTo("rule.attribute.name");
		assertThat(error(Map.of("attribute", Map.of("name", "income", "op", "EQ", "value", "lots")))).satisfies(e -> {
			assertThat(e.path()).isEqualTo("rule.attribute.value");
			assertThat(e.getMessage()).contains("expected a NUMBER");
		});
		assertThat(error(Map.of("attribute", Map.of("name", "IsGlobetrotter", "op", "GT", "value", true))).path())
			.isEqualTo("rule.attribute.op");
		assertThat(error(Map.of("profile", Map.of("field", "AGE", "op", "BETWEEN", "value", List.of(30)))).path())
			.isEqualTo("rule.profile.value");
		assertThat(error(Map.of("profile", Map.of("field", "SHOE", "op", "EQ", "value", "x"))).path())
			.isEqualTo("rule.profile.field");
		assertThat(error(Map.of("segment", Map.of("id", "nope"))).path()).isEqualTo("rule.segment.id");
		assertThat(error(Map.of("amount", Map.of("gt", 1))).path()).isEqualTo("rule.amount");
		assertThat(error(Map.of("or", List.of(Map.of("rfm", Map.of("recency", Map.of("gt", 4, "lt", 2))))))).satisfies(e -> {
			assertThat(e.path()).isEqualTo("rule.or[0].rfm.recency");
			assertThat(e.getMessage()).contains("empty range");
		});
		assertThat(error(Map.of("not", Map.of())).path()).isEqualTo("rule.not");
		assertThat(error(Map.of("not", Map.of("rfm", Map.of("recency", Map.of("gt", 1))), "and", List.of())).getMessage())
			.contains("exactly one");
		assertThat(error(Map.of("transactions", Map.of("types", List.of("EMI_paid"), "sum", Map.of("gt", 1)))).path())
			.isEqualTo("rule.transactions.window");
		assertThat(error(Map.of("event", Map.of("windw", Map.of()))).path()).isEqualTo("rule.event.windw");
	}

	@Test
	void rulesTooDeepOrTooBigAreRefused() {
		Map<String, Object> deep = Map.of("rfm", Map.of("recency", Map.of("gte", 1)));
		for (int i = 0; i < 9; i++) {
			deep = Map.of("not", deep);
		}
		assertThat(error(deep).getMessage()).contains("too deep");
		List<Object> many = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			many.add(Map.of("rfm", Map.of("recency", Map.of("gte", 1))));
		}
		assertThat(error(Map.of("or", many)).getMessage()).contains("too big");
	}

	@Test
	void noUserTextEverReachesTheCypher() {
		for (String evil : InjectionStrings.ALL) {
			RuleContext context = new RuleContext(Map.of(evil, ValueType.STRING), evil::equals, true,
					RuleContext.Limits.defaults());
			Rule rule = RuleParser.parse(InjectionStrings.ruleUsingEverywhere(evil), "rule", context);
			CompiledRule compiled = RuleCompiler.compile(rule, NOW);
			assertThat(compiled.cypher()).doesNotContain(evil).doesNotContain(evil.toLowerCase())
				.doesNotContain(evil.toUpperCase()).doesNotContain("1=1").doesNotContain("DELETE");
			assertThat(compiled.parameters().values().toString()).contains(evil.toLowerCase());
		}
	}

}
