package io.skein.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.security.Role;
import io.skein.support.SkeinTest;
import io.skein.support.TestCaller;
import io.skein.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static io.skein.orchestration.JourneyParserTest.journey;
import static io.skein.orchestration.JourneyParserTest.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable, exactly-once journeys (issue 17): a run stopped mid-way and steps replayed by a stale engine write
 * each message once; two runs at once keep one instance per customer and one message per key; the store
 * lease keeps a second owner out until it expires; progressive EMI reminders stop on payment; the shipped
 * one-time-user journey on a small generated bank reaches the right customers, only with consent; and the
 * instances read through GraphQL.
 */
@SkeinTest
class JourneyDurabilityTest {

	static final Instant NOON_IST = JourneyEngineTest.NOON_IST;

	@Autowired
	JourneyEngine engine;

	@Autowired
	JourneyService journeys;

	@Autowired
	InstanceRepository instances;

	@Autowired
	Definitions definitions;

	@Autowired
	StoreLease lease;

	@Autowired
	ShippedJourneys shipped;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	io.skein.purpose.PurposeService purposes;

	@Autowired
	TestClock clock;

	JourneyBank bank;

	@BeforeEach
	void bank(@Autowired org.springframework.context.ApplicationContext spring) {
		this.bank = JourneyBank.start(spring, NOON_IST);
	}

	@Test
	void aRunStoppedMidWayAndStepsReplayedByAStaleEngineWriteEachMessageOnce() {
		twoMessageJourney();
		List<String> customers = customers(8);
		assertThat(this.engine.enrol(NOON_IST)).isEqualTo(8);
		List<JourneyInstance> stale = this.instances.due(NOON_IST, 100, Set.of());
		assertThat(stale).hasSize(8);

		JourneyEngine.Run stopped = this.engine.runOnce(NOON_IST, 3);
		assertThat(stopped.instances()).as("the run stops after three instances, as if the process died").isEqualTo(3);
		assertThat(this.bank.outbox()).hasSize(3);

		// a second engine still holding the instances as they were before the run replays every first step
		JourneyDefinition definition = this.definitions.get("test-journey", 1);
		int replayed = 0;
		for (JourneyInstance instance : stale) {
			replayed += this.engine.step(instance, definition, NOON_IST) == null ? 0 : 1;
		}
		assertThat(replayed).as("only the five not yet advanced take their step").isEqualTo(5);
		assertThat(this.bank.outbox()).hasSize(8);
		for (JourneyInstance instance : stale) {
			assertThat(this.engine.step(instance, definition, NOON_IST)).isNull();
		}

		this.engine.runOnce(NOON_IST);
		this.engine.runOnce(NOON_IST.plus(Duration.ofHours(1)));
		this.engine.runOnce(NOON_IST.plus(Duration.ofHours(1)));
		List<Map<String, Object>> outbox = this.bank.outbox();
		assertThat(outbox).hasSize(16);
		assertThat(outbox).extracting(m -> m.get("key")).doesNotHaveDuplicates();
		for (String id : customers) {
			assertThat(this.bank.outbox(id)).extracting(m -> m.get("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
			Map<String, Object> instance = this.bank.instancesOf(id).get(0);
			assertThat(instance).containsEntry("status", "COMPLETED");
			assertThat(JourneyBank.outcomes(instance)).containsExactly("email:SENT", "wait:WAITING", "wait:WAITED", "sms:SENT");
		}
	}

	@Test
	void twoRunsAtOnceKeepOneInstancePerCustomerAndOneMessagePerKey() throws Exception {
		twoMessageJourney();
		List<String> customers = customers(20);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<JourneyEngine.Run>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return this.engine.runOnce(NOON_IST);
				}));
			}
			start.countDown();
			int enrolled = 0;
			for (Future<JourneyEngine.Run> run : runs) {
				enrolled += run.get(120, TimeUnit.SECONDS).enrolled();
			}
			assertThat(enrolled).as("each customer enrolled by one of the two runs").isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.bank.instances()).hasSize(20);
		assertThat(this.bank.outbox()).hasSize(20).extracting(m -> m.get("key")).doesNotHaveDuplicates();
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> instance : this.bank.instances()) {
			assertThat(seen.add((String) instance.get("customerId"))).isTrue();
			assertThat(JourneyBank.outcomes(instance)).as("each step logged once").containsExactly("email:SENT", "wait:WAITING");
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(customers);
	}

	@Test
	void theStoreLeaseKeepsASecondOwnerOutUntilItExpires() {
		assertThat(this.lease.take("test-lease", "a", NOON_IST, Duration.ofMinutes(1))).isTrue();
		assertThat(this.lease.take("test-lease", "b", NOON_IST.plusSeconds(30), Duration.ofMinutes(1))).isFalse();
		assertThat(this.lease.take("test-lease", "a", NOON_IST.plusSeconds(30), Duration.ofMinutes(1))).as("renewed").isTrue();
		assertThat(this.lease.take("test-lease", "b", NOON_IST.plusSeconds(80), Duration.ofMinutes(1))).isFalse();
		assertThat(this.lease.take("test-lease", "b", NOON_IST.plusSeconds(91), Duration.ofMinutes(1)))
			.as("a crashed owner's lease expires").isTrue();
		assertThat(this.lease.take("test-lease", "a", NOON_IST.plusSeconds(100), Duration.ofMinutes(1))).isFalse();
		this.lease.release("test-lease", "b", NOON_IST.plusSeconds(101));
		assertThat(this.lease.take("test-lease", "a", NOON_IST.plusSeconds(102), Duration.ofMinutes(1))).isTrue();

		// the engine of another Skein instance holding the lease: this one does nothing
		assertThat(this.lease.take(JourneyEngine.LEASE, "another-skein", NOON_IST, Duration.ofMinutes(2))).isTrue();
		assertThat(this.engine.runOnce(NOON_IST.plusSeconds(60)).leased()).isFalse();
		assertThat(this.engine.runOnce(NOON_IST.plusSeconds(121)).leased()).isTrue();
	}

	@Test
	void policyRenewalAndFdMaturityRemindersGrowMoreUrgentAndStopOnRenewal() {
		this.shipped.ensure();
		this.journeys.pause("one-time-user");
		this.journeys.pause("abandoned-loan-application");
		// NOON_IST is 1 December: a renewal due on 31 December is 30 days out, a deposit maturing on 8 December 7
		Map<String, Object> renewal = Map.of("policyRenewalDate", "2026-12-31", "policyPremium", 18400);
		String lapsing = this.bank.customer("pol1", "Rhea", "rhea@example.in", "+919800000041", renewal, "TERM_LIFE");
		String renewing = this.bank.customer("pol2", "Sameer", "sameer@example.in", "+919800000042", renewal, "TERM_LIFE");
		String depositor = this.bank.customer("fd1", "Tara", "tara@example.in", "+919800000043",
				Map.of("fdMaturityDate", "2026-12-08", "fdAmount", 250000), "FIXED_DEPOSIT");
		for (String id : List.of(lapsing, renewing, depositor)) {
			this.bank.grant(id, ConsentPurpose.REMINDERS, ConsentChannel.EMAIL, ConsentChannel.SMS, ConsentChannel.WHATSAPP);
		}

		assertThat(this.engine.runOnce(NOON_IST).enrolled()).as("30 days before the renewal, 7 before maturity")
			.isEqualTo(3);
		Map<String, Object> first = this.bank.outbox(lapsing).get(0);
		assertThat(first).containsEntry("channel", "EMAIL").containsEntry("purpose", "REMINDERS");
		assertThat((String) first.get("subject")).isEqualTo("Your policy renews on 2026-12-31");
		assertThat((String) first.get("body")).contains("Hi Rhea").contains("18400");
		assertThat((String) this.bank.outbox(depositor).get(0).get("body")).contains("250000").contains("2026-12-08");

		for (String day : List.of("2026-12-07", "2026-12-24", "2026-12-30")) {
			Instant at = Instant.parse(day + "T06:30:00Z");
			this.clock.set(at);
			this.engine.runOnce(at);
			if (day.equals("2026-12-24")) {
				this.bank.event(renewing, "renew-pol2", "Insurance_policy_renewed", at.plusSeconds(3600), Map.of());
			}
		}
		Instant lapsed = Instant.parse("2027-01-01T06:30:00Z");
		this.clock.set(lapsed);
		this.engine.runOnce(lapsed);

		assertThat(this.bank.outbox(lapsing)).extracting(m -> m.get("stepId") + "/" + m.get("channel"))
			.containsExactlyInAnyOrder("due-in-30/EMAIL", "due-in-7/SMS", "due-in-1/SMS", "lapsed/SMS",
					"lapsed-whatsapp/WHATSAPP");
		assertThat(this.bank.outbox(renewing)).extracting(m -> m.get("stepId")).as("renewal stops the reminders")
			.containsExactlyInAnyOrder("due-in-30", "due-in-7");
		assertThat(this.bank.instancesOf(renewing).get(0)).containsEntry("status", "EXITED").containsEntry("exitReason", "GOAL");
		assertThat(this.bank.outbox(depositor)).extracting(m -> m.get("stepId") + "/" + m.get("channel"))
			.containsExactlyInAnyOrder("due-in-7/EMAIL", "due-in-1/SMS");
	}

	@Test
	void emiRemindersGrowMoreUrgentAndStopOnPayment() {
		this.shipped.ensure();
		this.journeys.pause("one-time-user");
		this.journeys.pause("abandoned-loan-application");
		Map<String, Object> due = Map.of("emiDueDate", "2026-12-08", "emiAmount", 12500);
		String forgetful = this.bank.customer("emi1", "Farah", "farah@example.in", "+919800000031", due, "PERSONAL_LOAN");
		String payer = this.bank.customer("emi2", "Pranav", "pranav@example.in", "+919800000032", due, "PERSONAL_LOAN");
		String later = this.bank.customer("emi3", "Leela", "leela@example.in", "+919800000033",
				Map.of("emiDueDate", "2026-12-20"), "PERSONAL_LOAN");
		for (String id : List.of(forgetful, payer, later)) {
			this.bank.grant(id, ConsentPurpose.REMINDERS, ConsentChannel.EMAIL, ConsentChannel.SMS, ConsentChannel.WHATSAPP);
		}

		assertThat(this.engine.runOnce(NOON_IST).enrolled()).as("seven days before 8 December").isEqualTo(2);
		Map<String, Object> first = this.bank.outbox(forgetful).get(0);
		assertThat(first).containsEntry("channel", "EMAIL").containsEntry("purpose", "REMINDERS");
		assertThat((String) first.get("subject")).isEqualTo("Your EMI is due on 2026-12-08");
		assertThat((String) first.get("body")).contains("Hi Farah").contains("12500");

		this.clock.set(Instant.parse("2026-12-05T06:30:00Z"));
		this.engine.runOnce(Instant.parse("2026-12-05T06:30:00Z"));
		this.clock.set(Instant.parse("2026-12-05T09:00:00Z"));
		this.bank.event(payer, "paid-emi2", "EMI_paid", Instant.parse("2026-12-05T08:00:00Z"), Map.of("amount", 12500));
		this.clock.set(Instant.parse("2026-12-07T06:30:00Z"));
		this.engine.runOnce(Instant.parse("2026-12-07T06:30:00Z"));
		this.clock.set(Instant.parse("2026-12-09T06:30:00Z"));
		this.engine.runOnce(Instant.parse("2026-12-09T06:30:00Z"));

		assertThat(this.bank.outbox(forgetful)).extracting(m -> m.get("stepId") + "/" + m.get("channel")).containsExactlyInAnyOrder(
				"due-in-7/EMAIL", "due-in-3/SMS", "due-in-1/SMS", "overdue/SMS", "overdue-whatsapp/WHATSAPP");
		assertThat(this.bank.instancesOf(forgetful).get(0)).containsEntry("status", "COMPLETED");
		assertThat(this.bank.outbox(payer)).extracting(m -> m.get("stepId")).as("payment stops the reminders")
			.containsExactlyInAnyOrder("due-in-7", "due-in-3");
		assertThat(this.bank.instancesOf(payer).get(0)).containsEntry("status", "EXITED").containsEntry("exitReason", "GOAL");
		assertThat(this.bank.instancesOf(later)).as("enrolled on 13 December, not before").isEmpty();
	}

	@Test
	void theShippedOneTimeUserJourneyReachesTheRightCustomersOnlyWithConsent() {
		this.shipped.ensure();
		String[] pages = { "Insurance", "CreditCard", "Loans", null };
		List<String> emailed = new ArrayList<>();
		List<String> texted = new ArrayList<>();
		List<String> silent = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			boolean hasEmail = i % 3 != 1;
			String id = this.bank.customer("otu" + i, "Otto" + i, hasEmail ? "otto" + i + "@example.in" : null,
					"+9198000001" + (10 + i), Map.of(), "SAVINGS");
			String page = pages[i % 4];
			if (page != null) {
				this.bank.event(id, "view-" + i, "Page_viewed", NOON_IST.minus(Duration.ofDays(10)), Map.of("Page category", page));
			}
			boolean consents = i % 6 != 5;
			if (consents) {
				this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
			}
			(page == null || !consents ? silent : hasEmail ? emailed : texted).add(id);
		}
		String twoProducts = this.bank.customer("otu-x", "Xavier", "x@example.in", "+919800000199", Map.of(), "SAVINGS",
				"CREDIT_CARD");
		this.bank.grant(twoProducts, ConsentPurpose.MARKETING, ConsentChannel.EMAIL);
		this.bank.event(twoProducts, "view-x", "Page_viewed", NOON_IST.minus(Duration.ofDays(1)), Map.of("Page category", "Insurance"));

		// app-first: no e-mail, the app installed on a phone, push and SMS consent: the push, not the SMS
		String appFirst = this.bank.customer("otu-app", "Asha", null, "+919800000188", Map.of(), "SAVINGS");
		this.bank.appInstalled(appFirst, "device-asha-1", NOON_IST.minus(Duration.ofDays(20)));
		this.bank.event(appFirst, "view-app", "Page_viewed", NOON_IST.minus(Duration.ofDays(2)), Map.of("Page category", "Loans"));
		this.bank.grant(appFirst, ConsentPurpose.MARKETING, ConsentChannel.PUSH, ConsentChannel.SMS);

		JourneyEngine.Run run = this.engine.runOnce(NOON_IST);
		assertThat(run.enrolled()).as("every one-time user, not the customer with two new products").isEqualTo(13);
		assertThat(this.bank.outbox(appFirst)).extracting(m -> m.get("channel") + "/" + m.get("recipient"))
			.containsExactly("PUSH/device-asha-1");
		assertThat(this.bank.instancesOf(twoProducts)).isEmpty();
		for (String id : emailed) {
			assertThat(this.bank.outbox(id)).as("customer %s", id).extracting(m -> m.get("channel")).containsExactly("EMAIL");
			assertThat((String) this.bank.outbox(id).get(0).get("subject")).startsWith("Otto");
		}
		for (String id : texted) {
			assertThat(this.bank.outbox(id)).as("customer %s", id).extracting(m -> m.get("channel")).containsExactly("SMS");
		}
		for (String id : silent) {
			assertThat(this.bank.outbox(id)).as("customer %s", id).isEmpty();
		}
		assertThat(emailed).isNotEmpty();
		assertThat(texted).isNotEmpty();
		assertThat(this.bank.outbox()).hasSize(emailed.size() + texted.size() + 1);
		assertThat(this.bank.instances()).allMatch(i -> "COMPLETED".equals(i.get("status")));
	}

	@Test
	void anAbandonedLoanApplicationIsRecoveredAndAPurposeAtItsStageStartsAJourney() {
		this.shipped.ensure();
		this.journeys.pause("one-time-user");
		this.journeys.define(journey(Map.of("kind", "PURPOSE_STAGE", "purpose", "PERSONAL_LOAN", "stage", "APPLYING"),
				step("call", "SEND", null, "channel", "SMS", "template", "Need help with your loan, {{firstName|there}}?")), "",
				"test");
		List<String> applicants = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String id = this.bank.customer("loan" + i, "Lokesh" + i, "lokesh" + i + "@example.in", "+9198000003" + (10 + i),
					Map.of(), "SAVINGS");
			this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
			// two applications left 8 days ago (drop-offs, their purpose quiet too long to trigger), one started yesterday
			this.bank.event(id, "start-" + i, "Loan_application_started", NOON_IST.minus(Duration.ofDays(i < 2 ? 8 : 1)),
					Map.of("loanType", "personal"));
			applicants.add(id);
		}
		assertThat(this.engine.runOnce(NOON_IST).enrolled()).as("two drop-offs and a purpose at APPLYING: %s",
				this.purposes.purposesOf(applicants.get(2))).isEqualTo(3);
		for (String id : applicants.subList(0, 2)) {
			assertThat(this.bank.outbox(id)).extracting(m -> m.get("journeyKey") + "/" + m.get("channel"))
				.containsExactly("abandoned-loan-application/EMAIL");
		}
		assertThat(this.bank.outbox(applicants.get(2))).extracting(m -> m.get("journeyKey") + "/" + m.get("channel"))
			.containsExactly("test-journey/SMS");
		this.clock.set(NOON_IST.plus(Duration.ofDays(1)));
		this.bank.event(applicants.get(0), "submit-0", "Loan_application_submitted", NOON_IST.plus(Duration.ofHours(20)),
				Map.of("loanType", "personal"));
		this.clock.set(NOON_IST.plus(Duration.ofDays(3)).plusSeconds(60));
		this.engine.runOnce(NOON_IST.plus(Duration.ofDays(3)).plusSeconds(60));
		assertThat(this.bank.outbox(applicants.get(0))).as("submitted: no nudge").hasSize(1);
		assertThat(this.bank.outbox(applicants.get(1))).extracting(m -> m.get("stepId")).containsExactlyInAnyOrder("email", "nudge");
		assertThat(this.bank.outbox(applicants.get(2))).as("not silent long enough for a drop-off").hasSize(1);
		assertThat(this.bank.instances()).allMatch(i -> !"EXITED".equals(i.get("status")) || "GOAL".equals(i.get("exitReason")));
	}

	@Test
	void instancesAndTheirStepsAreReadThroughGraphQlByAnalystsOnly() {
		twoMessageJourney();
		String id = customers(1).get(0);
		this.engine.runOnce(NOON_IST);
		GraphQlTester.Response page = this.graphQl.document("""
				{ journeyInstances(journey: "test-journey", first: 5) { edges { node { id journey version customerId
				  currentStep status holdout dueAt context steps { seq stepId kind visit outcome channel purpose messageKey } } }
				  pageInfo { hasNextPage } } }""").execute();
		page.path("journeyInstances.edges[0].node.customerId").entity(String.class).isEqualTo(id);
		page.path("journeyInstances.edges[0].node.status").entity(String.class).isEqualTo("WAITING");
		page.path("journeyInstances.edges[0].node.currentStep").entity(String.class).isEqualTo("wait");
		page.path("journeyInstances.edges[0].node.steps[0].outcome").entity(String.class).isEqualTo("SENT");
		page.path("journeyInstances.edges[0].node.steps[0].channel").entity(String.class).isEqualTo("EMAIL");
		page.path("journeyInstances.edges[0].node.steps[0].messageKey").entity(String.class).satisfies(k -> assertThat(k).endsWith(":email:1"));
		page.path("journeyInstances.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document("{ journeyInstances(status: COMPLETED) { edges { node { id } } } }").execute()
			.path("journeyInstances.edges").entityList(Object.class).hasSize(0);
		this.graphQl.document("query($id: ID!) { customer(id: $id) { journeys { journey status steps { stepId outcome } } } }")
			.variable("id", id).execute()
			.path("customer.journeys[0].steps[*].stepId").entityList(String.class).containsExactly("email", "wait");

		// a new version changes who enters from now on; the running instance finishes on version 1
		this.journeys.define(journey(JourneyEngineTest.INSURANCE_VIEW,
				step("email", "SEND", "wait", "channel", "EMAIL", "subject", "Hello", "template", "Hi {{firstName|there}}"),
				step("wait", "WAIT", "sms", "duration", "PT1H"),
				step("sms", "SEND", null, "channel", "SMS", "template", "Version two, {{firstName|there}}")), "", "test");
		this.engine.runOnce(NOON_IST.plus(Duration.ofHours(1)));
		assertThat(this.bank.outbox(id)).extracting(m -> m.get("body") + " v" + m.get("journeyVersion"))
			.containsExactlyInAnyOrder("Hi Dev0 v1", "Hi again Dev0 v1");

		TestCaller.runAs(Role.VIEWER);
		this.graphQl.document("{ journeyInstances { edges { node { id } } } }").execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
	}

	private void twoMessageJourney() {
		this.journeys.define(journey(JourneyEngineTest.INSURANCE_VIEW,
				step("email", "SEND", "wait", "channel", "EMAIL", "subject", "Hello", "template", "Hi {{firstName|there}}"),
				step("wait", "WAIT", "sms", "duration", "PT1H"),
				step("sms", "SEND", null, "channel", "SMS", "template", "Hi again {{firstName|there}}")), "", "test");
	}

	private List<String> customers(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = this.bank.customer("d" + i, "Dev" + i, "dev" + i + "@example.in", "+9198000002" + (10 + i), Map.of(),
					"SAVINGS");
			this.bank.grant(id, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
			this.bank.event(id, "v-d" + i, "Page_viewed", NOON_IST.minusSeconds(60), Map.of("Page category", "Insurance"));
			ids.add(id);
		}
		return ids;
	}

}
