package io.skein.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.privacy.ErasureService;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.skein.orchestration.JourneyParserTest.journey;
import static io.skein.orchestration.JourneyParserTest.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey engine step by step (issue 17): every step kind, email to SMS when email cannot reach the
 * customer (no address, no consent, bounced), quiet hours deferring a message and caps skipping one, the
 * control group sent nothing, paused journeys enrolling nobody and erased customers leaving.
 */
@SkeinTest
class JourneyEngineTest {

	static final Instant NOON_IST = Instant.parse("2026-12-01T06:30:00Z");

	static final Map<String, Object> INSURANCE_VIEW = Map.of("kind", "EVENT", "eventType", "Page_viewed", "properties",
			List.of(Map.of("name", "Page category", "op", "EQ", "value", "Insurance")));

	@Autowired
	JourneyEngine engine;

	@Autowired
	JourneyService journeys;

	@Autowired
	ErasureService erasure;

	@Autowired
	TestClock clock;

	@Autowired
	io.skein.customer.CustomerViews views;

	JourneyBank bank;

	@BeforeEach
	void bank(@Autowired org.springframework.context.ApplicationContext spring) {
		this.bank = JourneyBank.start(spring, NOON_IST);
	}

	@Test
	void everyStepKindRunsForTheOneCustomerItConcerns() {
		define(journey(INSURANCE_VIEW,
				step("goal", "EXIT_ON_GOAL", "rich", "goalEvent", "Policy_bought"),
				step("rich", "BRANCH", "update", "branches", List.of(Map.of("when",
						Map.of("attribute", Map.of("name", "income", "op", "GT", "value", 100000)), "next", "recommend"))),
				step("recommend", "RECOMMEND", "email", "category", "INSURANCE"),
				step("email", "SEND", "update", "channel", "EMAIL", "fallback", "sms",
						"subject", "{{firstName|Hello}}, {{offer.name|a product}} for you",
						"template", "Hi {{firstName|there}}, {{offer.name|an offer}} ({{offer.category|none}}); risk {{attribute.riskProfile|unknown}}"),
				step("sms", "SEND", "update", "channel", "SMS", "template", "Hi {{firstName|there}}"),
				step("update", "UPDATE_ATTRIBUTE", "wait", "attribute", "riskProfile", "value", "contacted"),
				step("wait", "WAIT", "thanks", "untilEvent", "Callback_requested", "timeout", "P2D", "onTimeout", "last"),
				step("thanks", "SEND", null, "channel", "SMS", "template", "Thanks {{firstName|there}}, we will call you."),
				step("last", "SEND", null, "channel", "SMS", "template", "Last call, {{lastName|friend}}.")));
		String rich = this.bank.customer("r1", "Riya", "riya@example.in", "+919800000001", Map.of("income", 200000), "SAVINGS");
		String modest = this.bank.customer("m1", "Manu", "manu@example.in", "+919800000002", Map.of("income", 1000),
				"SAVINGS", "HEALTH_INSURANCE");
		String loans = this.bank.customer("l1", "Lata", "lata@example.in", "+919800000003", Map.of("income", 200000), "SAVINGS");
		String buyer = this.bank.customer("b1", "Bela", "bela@example.in", "+919800000004", Map.of("income", 300000),
				"SAVINGS", "LIFE_INSURANCE");
		for (String id : List.of(rich, modest, loans, buyer)) {
			this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
			this.bank.event(id, "v-" + id, "Page_viewed", NOON_IST.minusSeconds(3600),
					Map.of("Page category", id.equals(loans) ? "Loans" : "Insurance"));
		}

		JourneyEngine.Run first = this.engine.runOnce(NOON_IST);
		assertThat(first.enrolled()).as("the loans page viewer does not meet the property condition").isEqualTo(3);
		assertThat(this.bank.instancesOf(loans)).isEmpty();

		Map<String, Object> riya = this.bank.instancesOf(rich).get(0);
		assertThat(JourneyBank.outcomes(riya)).containsExactly("goal:WATCHING", "rich:MATCHED", "recommend:RECOMMENDED",
				"email:SENT", "update:UPDATED", "wait:WAITING");
		assertThat(riya.get("status")).isEqualTo("WAITING");
		assertThat((String) riya.get("context")).contains("\"category\":\"INSURANCE\"");
		Map<String, Object> email = this.bank.outbox(rich).get(0);
		assertThat(email).containsEntry("channel", "EMAIL").containsEntry("recipient", "riya@example.in")
			.containsEntry("purpose", "MARKETING").containsEntry("status", "PENDING").containsEntry("attempts", 0L)
			.containsEntry("journeyKey", "test-journey").containsEntry("journeyVersion", 1L).containsEntry("stepId", "email")
			.containsEntry("key", riya.get("id") + ":email:1");
		assertThat((String) email.get("subject")).startsWith("Riya, ").doesNotContain("{{").doesNotContain("a product");
		assertThat((String) email.get("body")).contains("(INSURANCE)").contains("risk unknown").doesNotContain("{{");
		assertThat(email.get("createdAt")).isNotNull();
		assertThat(email.get("nextAttemptAt")).isNotNull();

		io.skein.customer.GoldenProfile profile = this.views.<io.skein.customer.GoldenProfile>read(List.of(rich), "profile")
			.get(rich);
		assertThat(profile.attributes()).as("UPDATE_ATTRIBUTE sets the attribute on the customer")
			.anySatisfy(a -> assertThat(a.name() + "=" + a.value()).isEqualTo("riskProfile=contacted"));
		assertThat(JourneyBank.outcomes(this.bank.instancesOf(modest).get(0))).containsExactly("goal:WATCHING",
				"rich:NO_MATCH", "update:UPDATED", "wait:WAITING");
		assertThat(this.bank.outbox(modest)).isEmpty();

		// the event ends one wait, the goal ends another journey, the timeout a third
		this.bank.event(rich, "cb-" + rich, "Callback_requested", NOON_IST.plusSeconds(60), Map.of());
		this.bank.event(buyer, "buy-" + buyer, "Policy_bought", NOON_IST.plusSeconds(60), Map.of());
		this.engine.runOnce(NOON_IST.plusSeconds(120));
		riya = this.bank.instancesOf(rich).get(0);
		assertThat(riya.get("status")).isEqualTo("COMPLETED");
		assertThat(JourneyBank.outcomes(riya)).endsWith("wait:EVENT", "thanks:SENT");
		assertThat(this.bank.outbox(rich)).extracting(m -> m.get("body")).containsExactly(email.get("body"),
				"Thanks Riya, we will call you.");
		Map<String, Object> bela = this.bank.instancesOf(buyer).get(0);
		assertThat(bela).containsEntry("status", "EXITED").containsEntry("exitReason", "GOAL");
		assertThat(this.bank.outbox(buyer)).hasSize(1);

		this.engine.runOnce(NOON_IST.plus(Duration.ofDays(2)).plusSeconds(60));
		Map<String, Object> manu = this.bank.instancesOf(modest).get(0);
		assertThat(manu.get("status")).isEqualTo("COMPLETED");
		assertThat(JourneyBank.outcomes(manu)).endsWith("wait:TIMEOUT", "last:SENT");
		assertThat(this.bank.outbox(modest)).extracting(m -> m.get("body")).containsExactly("Last call, Tester1.");
		assertThat(this.journeys.get("test-journey", null)).isPresent();
		assertThat(riya.get("activeKey")).as("an ended instance frees its journey for the customer").isNull();
	}

	@Test
	void emailThatCannotReachTheCustomerFallsBackToSmsAndNoConsentMeansNoMessage() {
		define(journey(INSURANCE_VIEW,
				step("email", "SEND", null, "channel", "EMAIL", "fallback", "sms", "subject", "Hello", "template", "Hello {{firstName|there}}"),
				step("sms", "SEND", null, "channel", "SMS", "template", "Hi {{firstName|there}} by SMS")));
		String reachable = this.bank.customer("e1", "Esha", "esha@example.in", "+919800000011", Map.of(), "SAVINGS");
		String noEmail = this.bank.customer("e2", "Eli", null, "+919800000012", Map.of(), "SAVINGS");
		String noEmailConsent = this.bank.customer("e3", "Ema", "ema@example.in", "+919800000013", Map.of(), "SAVINGS");
		String bounced = this.bank.customer("e4", "Eva", "eva@example.in", "+919800000014", Map.of(), "SAVINGS");
		String noConsent = this.bank.customer("e5", "Ezra", "ezra@example.in", "+919800000015", Map.of(), "SAVINGS");
		this.bank.grant(reachable, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
		this.bank.grant(noEmail, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
		this.bank.grant(noEmailConsent, ConsentPurpose.MARKETING, ConsentChannel.SMS);
		this.bank.grant(bounced, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
		this.bank.event(bounced, "bounce-1", "message_bounced", NOON_IST.minusSeconds(7200),
				Map.of("channel", "EMAIL", "recipient", "eva@example.in"));
		for (String id : List.of(reachable, noEmail, noEmailConsent, bounced, noConsent)) {
			this.bank.event(id, "v-" + id, "Page_viewed", NOON_IST.minusSeconds(3600), Map.of("Page category", "Insurance"));
		}

		assertThat(this.engine.runOnce(NOON_IST).enrolled()).isEqualTo(5);

		assertThat(this.bank.outbox(reachable)).extracting(m -> m.get("channel")).containsExactly("EMAIL");
		for (String id : List.of(noEmail, noEmailConsent, bounced)) {
			List<Map<String, Object>> sent = this.bank.outbox(id);
			assertThat(sent).as("customer %s", id).hasSize(1);
			assertThat(sent.get(0)).containsEntry("channel", "SMS").containsEntry("stepId", "sms").doesNotContainKey("subject");
			assertThat((String) sent.get(0).get("body")).startsWith("Hi E").endsWith("by SMS");
			assertThat(JourneyBank.outcomes(this.bank.instancesOf(id).get(0))).containsExactly("email:UNREACHABLE", "sms:SENT");
		}
		assertThat(this.bank.instancesOf(noEmail).get(0).get("runs").toString()).contains("no e-mail address");
		assertThat(this.bank.instancesOf(noEmailConsent).get(0).get("runs").toString()).contains("no MARKETING consent on EMAIL");
		assertThat(this.bank.instancesOf(bounced).get(0).get("runs").toString()).contains("EMAIL bounced");
		assertThat(this.bank.outbox(noConsent)).as("nothing is sent without consent").isEmpty();
		assertThat(this.bank.instancesOf(noConsent).get(0)).containsEntry("status", "COMPLETED");
	}

	@Test
	void quietHoursDeferTheMessageToTheirEndAndTheCapSkipsWhatIsOverIt() {
		define(journey(INSURANCE_VIEW,
				step("s1", "SEND", "w1", "channel", "EMAIL", "template", "one"),
				step("w1", "WAIT", "s2", "duration", "PT1H"),
				step("s2", "SEND", "w2", "channel", "EMAIL", "template", "two"),
				step("w2", "WAIT", "s3", "duration", "PT1H"),
				step("s3", "SEND", "w3", "channel", "EMAIL", "template", "three"),
				step("w3", "WAIT", "s4", "duration", "PT1H"),
				step("s4", "SEND", null, "channel", "EMAIL", "template", "four")));
		String id = this.bank.customer("q1", "Qadir", "qadir@example.in", null, Map.of(), "SAVINGS");
		this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.EMAIL);
		Instant lateEvening = Instant.parse("2026-12-01T17:00:00Z"); // 22:30 in Asia/Kolkata
		this.clock.set(lateEvening);
		this.bank.event(id, "v-q1", "Page_viewed", lateEvening.minusSeconds(60), Map.of("Page category", "Insurance"));

		this.engine.runOnce(lateEvening);
		Map<String, Object> held = this.bank.instancesOf(id).get(0);
		assertThat(this.bank.outbox(id)).as("nothing goes out in quiet hours").isEmpty();
		assertThat(held).containsEntry("status", "WAITING").containsEntry("currentStep", "s1");
		assertThat(held.get("dueAt").toString()).startsWith("2026-12-02T03:30Z");
		assertThat(JourneyBank.outcomes(held)).containsExactly("s1:DEFERRED");

		this.engine.runOnce(Instant.parse("2026-12-02T03:00:00Z"));
		assertThat(this.bank.outbox(id)).as("still quiet at 08:30 local").isEmpty();
		Instant morning = Instant.parse("2026-12-02T03:30:00Z");
		for (int hour = 0; hour < 4; hour++) {
			this.engine.runOnce(morning.plus(Duration.ofHours(hour)));
		}
		assertThat(this.bank.outbox(id)).extracting(m -> m.get("body")).as("EMAIL is capped at 3/7d")
			.containsExactly("one", "two", "three");
		assertThat(this.bank.outbox(id)).extracting(m -> m.get("key")).allMatch(k -> ((String) k).endsWith(":1"));
		Map<String, Object> done = this.bank.instancesOf(id).get(0);
		assertThat(done).containsEntry("status", "COMPLETED");
		assertThat(JourneyBank.outcomes(done)).containsExactly("s1:DEFERRED", "s1:SENT", "w1:WAITING", "w1:WAITED", "s2:SENT",
				"w2:WAITING", "w2:WAITED", "s3:SENT", "w3:WAITING", "w3:WAITED", "s4:CAPPED");
	}

	@Test
	void theControlGroupRunsTheJourneyButIsSentNothingChosenByCustomerId() {
		Map<String, Object> definition = journey(INSURANCE_VIEW, step("email", "SEND", null, "channel", "SMS", "template", "hi"));
		definition.put("holdoutShare", 0.5);
		define(definition);
		for (int i = 0; i < 12; i++) {
			String id = this.bank.customer("h" + i, "Hema", null, "+91980000" + (1000 + i), Map.of(), "SAVINGS");
			this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.SMS);
			this.bank.event(id, "v-h" + i, "Page_viewed", NOON_IST.minusSeconds(60), Map.of("Page category", "Insurance"));
		}
		this.engine.runOnce(NOON_IST);
		List<Map<String, Object>> instances = this.bank.instances();
		assertThat(instances).hasSize(12);
		int held = 0;
		for (Map<String, Object> instance : instances) {
			String customerId = (String) instance.get("customerId");
			boolean holdout = JourneyEnrolment.holdout("test-journey", customerId, 0.5);
			assertThat(instance.get("holdout")).as("deterministic by customer id").isEqualTo(holdout);
			assertThat(JourneyBank.outcomes(instance)).containsExactly(holdout ? "email:HOLDOUT" : "email:SENT");
			assertThat(this.bank.outbox(customerId)).hasSize(holdout ? 0 : 1);
			held += holdout ? 1 : 0;
		}
		assertThat(held).isBetween(1, 11);
		int inControl = 0;
		for (int i = 0; i < 10_000; i++) {
			inControl += JourneyEnrolment.holdout("one-time-user", "customer-" + i, 0.1) ? 1 : 0;
			assertThat(JourneyEnrolment.holdout("one-time-user", "customer-" + i, 0.1))
				.isEqualTo(JourneyEnrolment.holdout("one-time-user", "customer-" + i, 0.1));
		}
		assertThat(inControl).as("about a tenth of 10,000").isBetween(900, 1100);
		assertThat(JourneyEnrolment.holdout("one-time-user", "customer-1", 0)).isFalse();
	}

	@Test
	void aPausedJourneyEnrolsNobodyAndAnErasedCustomerLeavesEveryJourney() {
		define(journey(INSURANCE_VIEW, step("first", "SEND", "wait", "channel", "SMS", "template", "hi"),
				step("wait", "WAIT", "sms", "duration", "P1D"), step("sms", "SEND", null, "channel", "SMS", "template", "again")));
		String stays = this.bank.customer("p1", "Pia", null, "+919800000021", Map.of(), "SAVINGS");
		String erased = this.bank.customer("p2", "Pam", null, "+919800000022", Map.of(), "SAVINGS");
		for (String id : List.of(stays, erased)) {
			this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.SMS);
			this.bank.event(id, "v-" + id, "Page_viewed", NOON_IST.minusSeconds(60), Map.of("Page category", "Insurance"));
		}
		this.journeys.pause("test-journey");
		assertThat(this.engine.runOnce(NOON_IST).enrolled()).isZero();
		assertThat(this.bank.instances()).isEmpty();
		this.journeys.resume("test-journey");
		assertThat(this.engine.runOnce(NOON_IST).enrolled()).isEqualTo(2);
		assertThat(this.engine.enrol(NOON_IST)).as("a second scan enrols nobody again").isZero();

		assertThat(this.bank.outbox(erased)).hasSize(1);
		this.erasure.erase(erased, "customer request", "test");
		assertThat(this.bank.outbox(erased)).as("erasure takes the customer's messages (addresses, names) too").isEmpty();
		JourneyEngine.Run run = this.engine.runOnce(NOON_IST.plus(Duration.ofDays(1)));
		assertThat(run.erased()).isEqualTo(1);
		assertThat(this.bank.instancesOf(erased).get(0)).containsEntry("status", "EXITED").containsEntry("exitReason", "ERASED");
		assertThat(this.bank.outbox(erased)).isEmpty();
		assertThat(this.bank.outbox(stays)).extracting(m -> m.get("body")).containsExactlyInAnyOrder("hi", "again");
		assertThat(this.bank.instancesOf(stays).get(0)).containsEntry("status", "COMPLETED");
	}

	private void define(Map<String, Object> definition) {
		this.journeys.define(definition, "", "test");
	}

}
