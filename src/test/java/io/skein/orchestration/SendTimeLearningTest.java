package io.skein.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.engagement.EngagementService;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.support.SkeinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static io.skein.orchestration.JourneyParserTest.journey;
import static io.skein.orchestration.JourneyParserTest.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Send time and channel learnt per customer (issue 17 item 4) in the graph: a customer who opened SMS at 19:00
 * and never e-mail at 10:00 has SMS and the 18:00 bucket as {@code Customer.engagement}; a SEND on channel BEST
 * with {@code atBestHour} waits until 18:00 (Asia/Kolkata) and goes by SMS — or by e-mail, the next learnt
 * channel, for a customer without SMS consent; a customer with no history gets the population's best.
 */
@SkeinTest
class SendTimeLearningTest {

	/** 2026-12-01 12:00 in Asia/Kolkata. */
	static final Instant NOON_IST = JourneyEngineTest.NOON_IST;

	@Autowired
	JourneyEngine engine;

	@Autowired
	JourneyService journeys;

	@Autowired
	EngagementService engagement;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	GraphQlTester graphQl;

	JourneyBank bank;

	@BeforeEach
	void bank(@Autowired org.springframework.context.ApplicationContext spring) {
		this.bank = JourneyBank.start(spring, NOON_IST);
	}

	/** Six SMS at 19:00 IST, five opened (one clicked), and six e-mails at 10:00 IST, none opened, in November. */
	private void history(String customerId, String prefix) {
		List<Map<String, Object>> messages = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			Instant evening = Instant.parse("2026-11-10T13:30:00Z").plus(Duration.ofDays(day));
			Instant morning = Instant.parse("2026-11-10T04:30:00Z").plus(Duration.ofDays(day));
			messages.add(Map.of("key", prefix + "-sms-" + day, "customerId", customerId, "channel", "SMS", "sentAt", evening.toString()));
			messages.add(Map.of("key", prefix + "-email-" + day, "customerId", customerId, "channel", "EMAIL", "sentAt", morning.toString()));
		}
		this.graph.execute(this.queries.get("test/sent-messages"), Map.of("messages", messages));
		for (int day = 0; day < 5; day++) {
			Instant evening = Instant.parse("2026-11-10T13:40:00Z").plus(Duration.ofDays(day));
			this.bank.event(customerId, prefix + "-open-" + day, day == 0 ? "message_clicked" : "message_opened", evening,
					Map.of("messageKey", prefix + "-sms-" + day, "messageChannel", "SMS"));
		}
	}

	/** The messages this test's journey wrote for a customer (not the planted history). */
	private List<Object> sent(String customerId) {
		return this.bank.outbox(customerId).stream().filter(m -> "test-journey".equals(m.get("journeyKey")))
			.map(m -> m.get("channel")).toList();
	}

	@Test
	void theLearntChannelAndHourDriveABestSendAndAreExplainedOnTheCustomer() {
		String asha = this.bank.customer("a1", "Asha", "asha@example.com", "+919800000001", Map.of(), "SAVINGS");
		String dev = this.bank.customer("d1", "Dev", "dev@example.com", "+919800000002", Map.of(), "SAVINGS");
		String new1 = this.bank.customer("n1", "Neha", "neha@example.com", "+919800000003", Map.of(), "SAVINGS");
		history(asha, "a");
		history(dev, "d");
		this.bank.grant(asha, ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentChannel.SMS);
		this.bank.grant(dev, ConsentPurpose.MARKETING, ConsentChannel.EMAIL); // no SMS consent
		this.engagement.refresh();

		this.graphQl.document("""
				query($id: ID!) { customer(id: $id) { engagement { bestChannel bestHour sends opens channels explanation } } }""")
			.variable("id", asha).execute()
			.path("customer.engagement.bestChannel").entity(String.class).isEqualTo("SMS")
			.path("customer.engagement.bestHour").entity(Integer.class).isEqualTo(18)
			.path("customer.engagement.sends").entity(Integer.class).isEqualTo(12)
			.path("customer.engagement.opens").entity(Integer.class).isEqualTo(5)
			.path("customer.engagement.channels[0]").entity(String.class).isEqualTo("SMS")
			.path("customer.engagement.explanation").entity(String.class).satisfies(text -> assertThat(text)
				.contains("5 of 12 messages opened").contains("18:00–21:00").doesNotContain("Asha").doesNotContain("asha@")
				.doesNotContain("9800000001"));
		assertThat(this.engagement.of(new1).explanation()).startsWith("No messages sent yet");
		assertThat(this.engagement.of(new1).bestChannel()).as("the population's best").isEqualTo("SMS");

		Map<String, Object> definition = journey(JourneyEngineTest.INSURANCE_VIEW, step("send", "SEND", null, "channel", "BEST",
				"atBestHour", true, "subject", "Cover", "template", "Hi {{firstName|there}}"));
		this.journeys.define(definition, "", "test");
		this.bank.event(asha, "v-a", "Page_viewed", NOON_IST.minusSeconds(60), Map.of("Page category", "Insurance"));
		this.bank.event(dev, "v-d", "Page_viewed", NOON_IST.minusSeconds(60), Map.of("Page category", "Insurance"));
		this.engine.runOnce(NOON_IST);
		assertThat(JourneyBank.outcomes(this.bank.instancesOf(asha).get(0))).containsExactly("send:DEFERRED");
		assertThat(this.bank.instancesOf(asha).get(0).get("dueAt").toString()).as("18:00 IST")
			.startsWith("2026-12-01T12:30Z");
		assertThat(sent(asha)).isEmpty();

		this.engine.runOnce(Instant.parse("2026-12-01T12:30:00Z"));
		assertThat(JourneyBank.outcomes(this.bank.instancesOf(asha).get(0))).containsExactly("send:DEFERRED", "send:SENT");
		assertThat(sent(asha)).containsExactly("SMS");
		assertThat(sent(dev)).as("no SMS consent: the next learnt channel").containsExactly("EMAIL");
	}

}
