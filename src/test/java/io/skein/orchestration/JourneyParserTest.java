package io.skein.orchestration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graphql.InvalidInputException;
import io.skein.segment.rule.RuleContext;
import io.skein.segment.rule.ValueType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Journey definitions checked without a graph: every kind accepted, and each bad definition named by its path. */
class JourneyParserTest {

	static final JourneyContext CONTEXT = new JourneyContext(new RuleContext(
			Map.of("emiDueDate", ValueType.DATE, "emiAmount", ValueType.NUMBER, "riskProfile", ValueType.STRING),
			Set.of("one-time-user", "viewed-insurance-page")::contains, false, RuleContext.Limits.defaults()),
			Set.of("HOME_LOAN", "TERM_INSURANCE"), Set.of("LOANS", "INSURANCE", "CARDS"));

	@Test
	void everyTriggerAndStepKindIsRead() {
		JourneyDefinition d = parse(journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "emiDueDate", "offset", "-P3D"),
				step("goal", "EXIT_ON_GOAL", "branch", "goalEvent", "EMI_paid"),
				step("branch", "BRANCH", "wait", "branches", List.of(Map.of("when", Map.of("segment", Map.of("id",
						"viewed-insurance-page")), "next", "recommend"))),
				step("recommend", "RECOMMEND", "send", "category", "INSURANCE"),
				step("send", "SEND", "wait", "channel", "EMAIL", "template", "Hi {{firstName|there}}, {{offer.name|an offer}} "
						+ "before {{attribute.emiDueDate|the due date}}", "fallback", "sms"),
				step("sms", "SEND", "wait", "channel", "SMS", "template", "Hi {{firstName|}}"),
				step("wait", "WAIT", null, "untilEvent", "EMI_paid", "timeout", "P2D", "onTimeout", "mark"),
				step("mark", "UPDATE_ATTRIBUTE", "holding", "attribute", "riskProfile", "value", "late payer"),
				step("holding", "EXIT_ON_GOAL", null, "goalProduct", "HOME_LOAN")));
		assertThat(d.trigger()).isEqualTo(new Trigger.DateAttribute("emiDueDate", Duration.ofDays(-3)));
		assertThat(d.steps()).extracting(s -> s.getClass().getSimpleName()).containsExactly("ExitOnGoal", "Branch",
				"Recommend", "Send", "Send", "Wait", "UpdateAttribute", "ExitOnGoal");
		Step.Send send = (Step.Send) d.steps().get(3);
		assertThat(send.template().tokens()).containsExactly(new Template.Token("firstName", "there"),
				new Template.Token("offer.name", "an offer"), new Template.Token("attribute.emiDueDate", "the due date"));
		assertThat(((Step.Wait) d.steps().get(5)).timeout()).isEqualTo(Duration.ofDays(2));
		assertThat(d.entry().id()).isEqualTo("goal");

		assertThat(parse(journey(Map.of("kind", "EVENT", "eventType", "Page_viewed", "properties",
				List.of(Map.of("name", "Page category", "op", "EQ", "value", "Loans"))), send("a", null))).trigger())
			.isInstanceOf(Trigger.Event.class);
		assertThat(parse(journey(Map.of("kind", "DROP_OFF", "dropOff", "LOAN_APPLICATION"), send("a", null))).trigger())
			.isInstanceOf(Trigger.DropOff.class);
		assertThat(parse(journey(Map.of("kind", "PURPOSE_STAGE", "purpose", "HOME_LOAN", "stage", "APPLYING"), send("a", null)))
			.trigger()).isInstanceOf(Trigger.PurposeStageReached.class);
	}

	@Test
	void aLoopThroughAWaitIsAllowed() {
		JourneyDefinition d = parse(journey(ENTRY, send("a", "w"), step("w", "WAIT", "a", "duration", "P1D")));
		assertThat(d.steps()).hasSize(2);
	}

	@Test
	void templatesAndTokens() {
		bad(journey(ENTRY, send("a", "b"), send("b", "c"), send("c", null, "Hi {{foo|x}}")), "steps[2].template",
				"unknown token {{foo}}");
		bad(journey(ENTRY, send("a", null, "Hi {{firstName}}")), "steps[0].template", "needs a fallback text");
		bad(journey(ENTRY, send("a", null, "Hi {{firstName|there")), "steps[0].template", "not closed");
		bad(journey(ENTRY, send("a", null, "Hi firstName|there}}")), "steps[0].template", "not closed");
		bad(journey(ENTRY, send("a", null, "{{attribute.shoeSize|big}}")), "steps[0].template", "unknown token {{attribute.shoeSize}}");
		bad(journey(ENTRY, send("a", null, "Try {{offer.name|it}}")), "steps[0].template", "needs a RECOMMEND step");
		bad(journey(ENTRY, send("a", null, " ")), "steps[0].template", "required");
		bad(journey(ENTRY, send("a", null, "x".repeat(2001))), "steps[0].template", "at most 2000 characters");
		bad(journey(ENTRY, step("a", "SEND", null, "channel", "EMAIL", "template", "ok", "subject", "{{nope|x}}")),
				"steps[0].subject", "unknown token {{nope}}");
		bad(journey(ENTRY, step("a", "SEND", null, "channel", "FAX", "template", "ok")), "steps[0].channel", "unknown value FAX");
	}

	@Test
	void theStepGraph() {
		bad(journey(ENTRY, send("a", "b"), send("b", "c"), send("c", "d"), send("d", "s9")), "steps[3].next", "no step s9");
		bad(journey(ENTRY, send("a", null), send("a", null)), "steps[1].id", "duplicate step id a");
		bad(journey(ENTRY, send("a", null), send("b", null)), "steps[1]", "cannot be reached from the first step a");
		bad(journey(ENTRY, send("a", "b"), send("b", "c"), send("c", "a")), "steps[2].next", "loop a -> b -> c -> a without a WAIT");
		bad(journey(ENTRY, send("a", "a")), "steps[0].next", "loop a -> a");
		bad(journey(ENTRY, step("a", "SEND", null, "channel", "EMAIL", "template", "x", "fallback", "w"),
				step("w", "WAIT", null, "duration", "P1D")), "steps[0].fallback", "a fallback is a SEND step; w is not");
		bad(journey(ENTRY, step("a", "BRANCH", null, "branches", List.of(Map.of("when", SEGMENT_RULE, "next", "zz")))),
				"steps[0].branches[0].next", "no step zz");
		bad(journey(ENTRY, step("a", "WAIT", null, "untilEvent", "X", "timeout", "P1D", "onTimeout", "q")),
				"steps[0].onTimeout", "no step q");
		bad(journey(ENTRY), "steps", "1 to 100 steps");
		bad(journey(ENTRY, send("a bad id", null)), "steps[0].id", "a step id");
	}

	@Test
	void stepFields() {
		bad(journey(ENTRY, step("a", "WAIT", null, "duration", "P1D", "template", "x")), "steps[0].template",
				"not a field of a WAIT step");
		bad(journey(ENTRY, step("a", "JUMP", null)), "steps[0].kind", "unknown kind JUMP");
		bad(journey(ENTRY, step("a", "WAIT", null, "duration", "P1D", "untilEvent", "X")), "steps[0]",
				"exactly one of duration and untilEvent");
		bad(journey(ENTRY, step("a", "WAIT", null, "untilEvent", "EMI_paid")), "steps[0].timeout", "needs a timeout");
		bad(journey(ENTRY, step("a", "WAIT", null, "duration", "three days")), "steps[0].duration", "not an ISO-8601 duration");
		bad(journey(ENTRY, step("a", "WAIT", null, "duration", "-P1D")), "steps[0].duration", "must be positive");
		bad(journey(ENTRY, step("a", "WAIT", null, "duration", "P1D", "timeout", "P2D")), "steps[0].timeout", "only a wait untilEvent");
		bad(journey(ENTRY, step("a", "RECOMMEND", null, "category", "YACHTS")), "steps[0].category", "unknown product category YACHTS");
		bad(journey(ENTRY, step("a", "RECOMMEND", null)), "steps[0]", "exactly one of category and purpose");
		bad(journey(ENTRY, step("a", "RECOMMEND", null, "purpose", "SPACE_TRAVEL")), "steps[0].purpose", "unknown value SPACE_TRAVEL");
		bad(journey(ENTRY, step("a", "BRANCH", null, "branches", List.of())), "steps[0].branches", "at least one branch");
		bad(journey(ENTRY, step("a", "BRANCH", null, "branches", List.of(Map.of("when", Map.of("profile", Map.of("field",
				"SHOE_SIZE", "op", "EQ", "value", 1)))))), "steps[0].branches[0].when.profile.field", "unknown profile field SHOE_SIZE");
		bad(journey(ENTRY, step("a", "BRANCH", null, "branches", List.of(Map.of("when", Map.of("segment", Map.of("id",
				"ghosts")))))), "steps[0].branches[0].when.segment.id", "unknown segment ghosts");
		bad(journey(ENTRY, step("a", "UPDATE_ATTRIBUTE", null, "attribute", "shoeSize", "value", 1)), "steps[0].attribute",
				"unknown attribute shoeSize");
		bad(journey(ENTRY, step("a", "UPDATE_ATTRIBUTE", null, "attribute", "emiAmount", "value", "lots")), "steps[0].value",
				"needs a NUMBER value");
		bad(journey(ENTRY, step("a", "EXIT_ON_GOAL", null, "goalProduct", "YACHT")), "steps[0].goalProduct", "unknown product YACHT");
		bad(journey(ENTRY, step("a", "EXIT_ON_GOAL", null, "goalEvent", "EMI paid!")), "steps[0].goalEvent", "an event type");
		bad(journey(ENTRY, step("a", "EXIT_ON_GOAL", null, "goalEvent", "X", "goalProduct", "HOME_LOAN")), "steps[0]",
				"exactly one of goalEvent and goalProduct");
		bad(journey(ENTRY, step("a", "SEND", null, "channel", "BEST", "template", "x", "atBestHour", "yes")),
				"steps[0].atBestHour", "must be true or false");
		assertThat(((Step.Send) parse(journey(ENTRY, step("a", "SEND", null, "channel", "BEST", "template", "x",
				"atBestHour", true))).entry()).atBestHour()).isTrue();
		assertThat(((Step.Send) parse(journey(ENTRY, step("a", "SEND", null, "channel", "SMS", "template", "x"))).entry())
			.atBestHour()).isFalse();
	}

	@Test
	void triggersAndTheJourneyItself() {
		bad(journey(Map.of("kind", "SEGMENT_ENTRY", "segment", "ghosts"), send("a", null)), "trigger.segment", "unknown segment ghosts");
		bad(journey(Map.of("kind", "SEGMENT_ENTRY"), send("a", null)), "trigger.segment", "required");
		bad(journey(Map.of("kind", "SEGMENT_ENTRY", "segment", "one-time-user", "offset", "P1D"), send("a", null)),
				"trigger.offset", "not a field of a SEGMENT_ENTRY trigger");
		bad(journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "emiAmount", "offset", "-P3D"), send("a", null)),
				"trigger.attribute", "type DATE; emiAmount is NUMBER");
		bad(journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "emiDueDate", "offset", "3 days before"), send("a", null)),
				"trigger.offset", "not an ISO-8601 duration");
		bad(journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "emiDueDate", "offset", "-PT36H"), send("a", null)),
				"trigger.offset", "whole days");
		bad(journey(Map.of("kind", "EVENT", "eventType", "Page_viewed", "properties", List.of(Map.of("name", "Page category",
				"op", "LIKE", "value", "Loans"))), send("a", null)), "trigger.properties[0].op", "LIKE");
		bad(journey(Map.of("kind", "DROP_OFF", "dropOff", "GYM"), send("a", null)), "trigger.dropOff", "unknown value GYM");
		bad(journey(Map.of("kind", "PURPOSE_STAGE", "purpose", "HOME_LOAN", "stage", "DREAMING"), send("a", null)),
				"trigger.stage", "unknown value DREAMING");
		Map<String, Object> badKey = journey(ENTRY, send("a", null));
		badKey.put("key", "One Time");
		bad(badKey, "key", "lowercase letters");
		Map<String, Object> extra = journey(ENTRY, send("a", null));
		extra.put("owner", "me");
		bad(extra, "owner", "unknown field");
		extra.remove("owner");
		extra.remove("name");
		bad(extra, "name", "required");
	}

	@Test
	void holdoutShareAndContactPurpose() {
		JourneyDefinition plain = parse(journey(ENTRY, send("a", null)));
		assertThat(plain.holdoutShare()).isZero();
		assertThat(plain.contactPurpose()).isEqualTo(io.skein.consent.ConsentPurpose.MARKETING);
		assertThat(parse(journey(Map.of("kind", "DATE_ATTRIBUTE", "attribute", "emiDueDate", "offset", "-P3D"), send("a", null)))
			.contactPurpose()).as("a due date is a reminder").isEqualTo(io.skein.consent.ConsentPurpose.REMINDERS);
		Map<String, Object> given = journey(ENTRY, send("a", null));
		given.put("holdoutShare", 0.1);
		given.put("contactPurpose", "service");
		assertThat(parse(given).holdoutShare()).isEqualTo(0.1);
		assertThat(parse(given).contactPurpose()).isEqualTo(io.skein.consent.ConsentPurpose.SERVICE);
		given.put("holdoutShare", 0.9);
		bad(given, "holdoutShare", "from 0 to 0.5");
		given.put("holdoutShare", 0);
		given.put("contactPurpose", "SPAM");
		bad(given, "contactPurpose", "unknown value SPAM");
	}

	@Test
	void aGraphQlArgumentPrefixesThePath() {
		assertThatThrownBy(() -> JourneyParser.parse(journey(ENTRY, send("a", "s9")), "definition", CONTEXT))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("definition.steps[0].next"));
	}

	static final Map<String, Object> ENTRY = Map.of("kind", "SEGMENT_ENTRY", "segment", "one-time-user");

	static final Map<String, Object> SEGMENT_RULE = Map.of("segment", Map.of("id", "one-time-user"));

	@SafeVarargs
	static Map<String, Object> journey(Map<String, Object> trigger, Map<String, Object>... steps) {
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("key", "test-journey");
		j.put("name", "Test journey");
		j.put("trigger", trigger);
		j.put("steps", new ArrayList<>(List.of(steps)));
		return j;
	}

	static Map<String, Object> send(String id, String next) {
		return send(id, next, "Hello {{firstName|there}}");
	}

	static Map<String, Object> send(String id, String next, String template) {
		return step(id, "SEND", next, "channel", "EMAIL", "template", template);
	}

	static Map<String, Object> step(String id, String kind, String next, Object... fields) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("id", id);
		s.put("kind", kind);
		if (next != null) {
			s.put("next", next);
		}
		for (int i = 0; i < fields.length; i += 2) {
			s.put((String) fields[i], fields[i + 1]);
		}
		return s;
	}

	private static JourneyDefinition parse(Map<String, Object> definition) {
		return JourneyParser.parse(definition, "", CONTEXT);
	}

	private static void bad(Map<String, Object> definition, String path, String message) {
		assertThatThrownBy(() -> parse(definition)).as(path)
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).as(ex.getMessage()).isEqualTo(path);
				assertThat(ex.getMessage()).contains(message);
			});
	}

}
