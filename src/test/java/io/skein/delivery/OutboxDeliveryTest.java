package io.skein.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.support.SkeinTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delivery through real parts (issue 17, item 7): e-mail to an SMTP server in the test JVM (GreenMail) and
 * to one that refuses the recipient, webhooks to an HTTP sink in the test JVM that counts deliveries and
 * fails on demand. Each test drives dispatchers directly ({@code dispatchOnce(now)}) on messages written in
 * the journey engine's shape.
 */
@SkeinTest
class OutboxDeliveryTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

	static final String INTERACTIONS = """
			query($id: ID!) { customer(id: $id) { interactions(first: 20) { edges { node { type channel properties } } } } }""";

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	IngestService ingest;

	@Autowired
	GraphQlTester graphQl;

	Outbox outbox;

	OutboxFixture fixture;

	WebhookSink sink;

	String asha;

	@BeforeEach
	void setUp() throws Exception {
		this.outbox = new Outbox(this.graph, this.queries);
		this.fixture = new OutboxFixture(this.graph, this.queries);
		this.sink = new WebhookSink();
		this.asha = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha",
				"lastName", "Verma", "email", "asha.verma@example.in", "phone", "+919876543210")), "records").get(0).customerId();
	}

	@AfterEach
	void stopSink() {
		this.sink.close();
	}

	@Test
	void anEmailIsDeliveredOnceWithTheKeyAsMessageIdAndTheOutcomeBecomesAnEvent() throws Exception {
		this.fixture.write(List.of(OutboxFixture.message("ji-7:due-in-7", this.asha, OutboxChannel.EMAIL,
				"asha.verma@example.in", "Your EMI is due", "Hi Asha, your EMI of 12,500 is due on 9 Nov.", T0)));
		OutboxDispatcher dispatcher = dispatcher(settings(5, 5), mailTo(smtp.getSmtp().getPort()));

		assertThat(dispatcher.dispatchOnce(T0.minusSeconds(1)).claimed()).as("not due yet").isZero();
		assertThat(dispatcher.dispatchOnce(T0)).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
		assertThat(dispatcher.dispatchOnce(T0.plusSeconds(60)).claimed()).as("a SENT message is not sent again").isZero();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo("<ji-7%3Adue-in-7@bank.example>");
		assertThat(received[0].getHeader("X-Skein-Key", null)).isEqualTo("ji-7:due-in-7");
		assertThat(received[0].getSubject()).isEqualTo("Your EMI is due");
		assertThat(GreenMailUtil.getBody(received[0]).strip()).isEqualTo("Hi Asha, your EMI of 12,500 is due on 9 Nov.");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("asha.verma@example.in");

		OutboxMessage sent = this.fixture.get("ji-7:due-in-7");
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.sentAt()).isEqualTo(T0);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.claimedBy()).isNull();

		JsonNode event = event(this.asha, "message_delivered");
		assertThat(event.path("channel").asString()).isEqualTo("EMAIL");
		assertThat(event.path("properties").path("messageKey").asString()).isEqualTo("ji-7:due-in-7");
		assertThat(event.path("properties").path("journeyKey").asString()).isEqualTo("emi-reminder");
		assertThat(event.path("properties").toString()).doesNotContain("asha.verma").doesNotContain("12,500");
	}

	@Test
	void withoutAMailHostEmailsStayPendingWithTheReasonWhileWebhooksGo() {
		this.fixture.write(List.of(
				OutboxFixture.message("m-email", this.asha, OutboxChannel.EMAIL, "asha.verma@example.in", "Hi", "Hello", T0),
				OutboxFixture.message("m-sms", this.asha, OutboxChannel.SMS, "+919876543210", null, "Hello", T0)));
		OutboxDispatcher dispatcher = dispatcher(settings(5, 5), new EmailSender(null, new DeliveryProperties.Mail(null, null)));

		assertThat(dispatcher.dispatchOnce(T0)).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
		assertThat(dispatcher.unavailable()).containsKey(OutboxChannel.EMAIL);
		assertThat(dispatcher.unavailable().get(OutboxChannel.EMAIL)).contains("spring.mail.host");
		OutboxMessage email = this.fixture.get("m-email");
		assertThat(email.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(email.attempts()).isZero();
		assertThat(this.fixture.get("m-sms").status()).isEqualTo(OutboxStatus.SENT);

		var health = new DeliveryHealth(dispatcher, this.outbox, settings(5, 5)).health();
		assertThat(health.getDetails().get("notSent").toString()).contains("EMAIL").contains("waiting=1")
			.contains("spring.mail.host");
	}

	@Test
	void aRecipientTheSmtpServerRefusesIsAHardBounceFailedForTheEngineToFallBack() throws Exception {
		this.fixture.write(List.of(OutboxFixture.message("m-bounce", this.asha, OutboxChannel.EMAIL,
				"nobody.here@example.in", "Hi", "Hello", T0)));
		try (RejectingSmtpServer refusing = new RejectingSmtpServer()) {
			OutboxDispatcher dispatcher = dispatcher(settings(5, 5), mailTo(refusing.port()));
			assertThat(dispatcher.dispatchOnce(T0)).isEqualTo(new DispatchReport(1, 0, 0, 1, 0));
		}
		OutboxMessage bounced = this.fixture.get("m-bounce");
		assertThat(bounced.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(bounced.failureReason()).isEqualTo("bounced");
		assertThat(bounced.lastError()).contains("550").doesNotContain("nobody.here@");
		assertThat(event(this.asha, "message_bounced").path("properties").path("messageKey").asString()).isEqualTo("m-bounce");
	}

	@Test
	void anSmsIsRetriedWithBackoffAfterSinkFailuresThenDeliveredOnce() {
		this.sink.failFirst(2, 503);
		this.fixture.write(List.of(OutboxFixture.message("m-sms", this.asha, OutboxChannel.SMS, "+919876543210", null,
				"Your OTP-free reminder", T0)));
		OutboxDispatcher dispatcher = dispatcher(settings(5, 5));

		assertThat(dispatcher.dispatchOnce(T0)).isEqualTo(new DispatchReport(1, 0, 1, 0, 0));
		OutboxMessage first = this.fixture.get("m-sms");
		assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		assertThat(first.lastError()).contains("HTTP 503").doesNotContain("9876543210");

		assertThat(dispatcher.dispatchOnce(T0.plusSeconds(59)).claimed()).as("waits for its backoff").isZero();
		assertThat(dispatcher.dispatchOnce(T0.plusSeconds(60)).retried()).isEqualTo(1);
		assertThat(this.fixture.get("m-sms").nextAttemptAt()).as("the wait doubles")
			.isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(2)));
		assertThat(dispatcher.dispatchOnce(T0.plusSeconds(179)).claimed()).isZero();
		assertThat(dispatcher.dispatchOnce(T0.plusSeconds(180)).sent()).isEqualTo(1);
		assertThat(dispatcher.dispatchOnce(T0.plus(Duration.ofHours(1))).claimed()).isZero();

		assertThat(this.sink.requests()).isEqualTo(3);
		assertThat(this.sink.delivered()).isEqualTo(Map.of("m-sms", 1));
		WebhookSink.Request delivered = this.sink.received().get(2);
		assertThat(delivered.idempotencyKey()).isEqualTo("m-sms");
		assertThat(delivered.body()).containsEntry("key", "m-sms").containsEntry("channel", "SMS")
			.containsEntry("recipient", "+919876543210").containsEntry("body", "Your OTP-free reminder")
			.containsEntry("customerId", this.asha);
		OutboxMessage sent = this.fixture.get("m-sms");
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(event(this.asha, "message_delivered").path("channel").asString()).isEqualTo("SMS");
	}

	@Test
	void afterMaxAttemptsFailuresTheMessageIsDeadAndAPermanentRefusalIsDeadAtOnce() {
		this.sink.failFirst(-1, 503);
		this.fixture.write(List.of(OutboxFixture.message("m-wa", this.asha, OutboxChannel.WHATSAPP, "+919876543210", null,
				"Hello", T0)));
		OutboxDispatcher dispatcher = dispatcher(settings(3, 5));
		Instant now = T0;
		for (int attempt = 1; attempt <= 3; attempt++) {
			DispatchReport report = dispatcher.dispatchOnce(now);
			assertThat(report.claimed()).as("attempt %d", attempt).isEqualTo(1);
			now = this.fixture.get("m-wa").nextAttemptAt();
		}
		OutboxMessage dead = this.fixture.get("m-wa");
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
		assertThat(dead.failureReason()).isEqualTo("attempts");
		assertThat(dead.attempts()).isEqualTo(3);
		assertThat(dispatcher.dispatchOnce(now.plus(Duration.ofDays(1))).claimed()).as("the dead letter is left alone").isZero();
		assertThat(this.sink.requests()).isEqualTo(3);
		assertThat(this.sink.delivered()).isEmpty();
		assertThat(event(this.asha, "message_failed").path("properties").path("reason").asString()).isEqualTo("attempts");

		this.sink.failFirst(-1, 400);
		this.fixture.write(List.of(OutboxFixture.message("m-push", this.asha, OutboxChannel.PUSH, "device-token-1", null,
				"Hello", T0)));
		assertThat(dispatcher.dispatchOnce(T0)).isEqualTo(new DispatchReport(1, 0, 0, 0, 1));
		assertThat(this.fixture.get("m-push").failureReason()).isEqualTo("rejected");
		assertThat(this.fixture.get("m-push").lastError()).contains("HTTP 400");
	}

	@Test
	void twoDispatchersOnTheSameMessagesDeliverEachExactlyOnce() throws Exception {
		this.sink.delay(5);
		List<Map<String, Object>> messages = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			messages.add(OutboxFixture.message("m-%02d".formatted(i), this.asha, OutboxChannel.SMS, "+919876543210", null,
					"Hello " + i, T0.plusMillis(i)));
		}
		this.fixture.write(messages);
		// outcomes are not ingested here (other tests check them): ingestion serialises writers and would
		// make the two instances take turns
		List<OutboxDispatcher> dispatchers = List.of(quiet(settings(5, 3), "instance-a"), quiet(settings(5, 3), "instance-b"));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (OutboxDispatcher dispatcher : dispatchers) {
				sent.add(threads.submit(() -> {
					start.await();
					int total = 0;
					while (!this.outbox.waiting().isEmpty()) {
						DispatchReport report = dispatcher.dispatchOnce(T0.plusSeconds(1));
						total += report.sent();
						if (report.claimed() == 0) {
							Thread.sleep(2);
						}
					}
					return total;
				}));
			}
			int a = sent.get(0).get(60, TimeUnit.SECONDS);
			int b = sent.get(1).get(60, TimeUnit.SECONDS);
			assertThat(a + b).isEqualTo(30);
			assertThat(a).as("both instances took part").isPositive();
			assertThat(b).as("both instances took part").isPositive();
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.sink.requests()).isEqualTo(30);
		assertThat(this.sink.delivered()).hasSize(30).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
		assertThat(this.fixture.all().values()).allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxStatus.SENT));
	}

	@Test
	void aNewDispatcherAfterOneStoppedMidBatchSendsOnlyWhatWasNotSentOnceTheClaimsExpire() {
		List<Map<String, Object>> messages = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			messages.add(OutboxFixture.message("r-" + i, this.asha, OutboxChannel.SMS, "+919876543210", null, "Hello", T0));
		}
		this.fixture.write(messages);
		WebhookSender webhooks = new WebhookSender(targets());
		AtomicInteger calls = new AtomicInteger();
		ChannelSender crashingOnTheThird = new ChannelSender() {

			@Override
			public java.util.Set<OutboxChannel> channels() {
				return webhooks.channels();
			}

			@Override
			public Map<OutboxChannel, String> unavailable() {
				return Map.of();
			}

			@Override
			public SendOutcome send(OutboxMessage message) {
				if (calls.incrementAndGet() == 3) {
					throw new Error("the process is killed");
				}
				return webhooks.send(message);
			}
		};
		OutboxDispatcher first = new OutboxDispatcher(this.outbox, List.of(crashingOnTheThird), settings(5, 5),
				new DeliveryFeedback(null), "instance-1");
		assertThatThrownBy(() -> first.dispatchOnce(T0)).hasMessage("the process is killed");
		Map<String, OutboxMessage> afterCrash = this.fixture.all();
		assertThat(afterCrash.values().stream().filter(m -> m.status() == OutboxStatus.SENT)).hasSize(2);
		assertThat(afterCrash.values().stream().filter(m -> m.status() == OutboxStatus.SENDING))
			.hasSize(3)
			.allSatisfy(m -> assertThat(m.claimUntil()).isEqualTo(T0.plus(Duration.ofMinutes(5))));

		OutboxDispatcher restarted = quiet(settings(5, 5), "instance-2");
		assertThat(restarted.dispatchOnce(T0.plus(Duration.ofMinutes(4))).claimed()).as("claims still held").isZero();
		assertThat(restarted.dispatchOnce(T0.plus(Duration.ofMinutes(5)))).isEqualTo(new DispatchReport(3, 3, 0, 0, 0));
		assertThat(restarted.dispatchOnce(T0.plus(Duration.ofMinutes(20))).claimed()).isZero();

		assertThat(this.sink.delivered()).hasSize(5).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
		assertThat(this.fixture.all().values()).allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxStatus.SENT));
	}

	@Test
	void aMessageWhoseSendKillsItsInstanceEachTimeEndsInTheDeadLetter() {
		this.fixture.write(List.of(OutboxFixture.message("poison", this.asha, OutboxChannel.SMS, "+919876543210", null,
				"Hello", T0)));
		ChannelSender killing = new ChannelSender() {

			@Override
			public java.util.Set<OutboxChannel> channels() {
				return java.util.Set.of(OutboxChannel.SMS);
			}

			@Override
			public Map<OutboxChannel, String> unavailable() {
				return Map.of();
			}

			@Override
			public SendOutcome send(OutboxMessage message) {
				throw new Error("the process is killed");
			}
		};
		Instant now = T0;
		for (int start = 1; start <= 2; start++) {
			OutboxDispatcher instance = new OutboxDispatcher(this.outbox, List.of(killing), settings(2, 5),
					new DeliveryFeedback(null), "instance-" + start);
			Instant at = now;
			assertThatThrownBy(() -> instance.dispatchOnce(at)).hasMessage("the process is killed");
			now = now.plus(Duration.ofMinutes(5));
		}
		assertThat(this.fixture.get("poison").attempts()).isEqualTo(2);
		assertThat(quiet(settings(2, 5), "instance-3").dispatchOnce(now)).isEqualTo(new DispatchReport(1, 0, 0, 0, 1));
		OutboxMessage dead = this.fixture.get("poison");
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
		assertThat(dead.lastError()).contains("claimed 3 times without an outcome");
		assertThat(this.sink.requests()).isZero();
	}

	@Test
	void theScheduleSendsOnItsOwn() throws Exception {
		this.fixture.write(List.of(OutboxFixture.message("scheduled", this.asha, OutboxChannel.SMS, "+919876543210", null,
				"Hello", Instant.now().minusSeconds(1))));
		DeliveryProperties every50ms = new DeliveryProperties(true, Duration.ofMillis(50), 5, 5, null, null, null, false,
				null, settings(5, 5).webhooks(), null);
		DeliveryScheduler scheduler = new DeliveryScheduler(quiet(every50ms, "scheduled-instance"), every50ms,
				java.time.Clock.systemUTC());
		scheduler.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (this.fixture.get("scheduled").status() != OutboxStatus.SENT && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		finally {
			scheduler.stop();
		}
		assertThat(scheduler.isRunning()).isFalse();
		assertThat(this.fixture.get("scheduled").status()).isEqualTo(OutboxStatus.SENT);
		assertThat(this.sink.delivered()).isEqualTo(Map.of("scheduled", 1));
	}

	/** The delivery event of a type on a customer's timeline (fails when absent or repeated). */
	private JsonNode event(String customerId, String type) {
		List<JsonNode> found = new ArrayList<>();
		this.graphQl.document(INTERACTIONS).variable("id", customerId).execute()
			.path("customer.interactions.edges[*].node").entityList(JsonNode.class).get()
			.forEach(node -> {
				if (type.equals(node.path("type").asString())) {
					found.add(node);
				}
			});
		assertThat(found).as(type + " events").hasSize(1);
		return found.get(0);
	}

	private DeliveryProperties settings(int maxAttempts, int batchSize) {
		return new DeliveryProperties(false, null, batchSize, maxAttempts, Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofMinutes(5), true, new DeliveryProperties.Mail("Skein Bank <alerts@bank.example>", null),
				Map.of("sms", new DeliveryProperties.Webhook(this.sink.url(), Duration.ofSeconds(5)), "whatsapp",
						new DeliveryProperties.Webhook(this.sink.url(), null), "push",
						new DeliveryProperties.Webhook(this.sink.url(), null)), null);
	}

	private WebhookTargets targets() {
		return new WebhookTargets(settings(5, 5).webhooks());
	}

	private OutboxDispatcher dispatcher(DeliveryProperties settings) {
		return dispatcher(settings, "test-instance");
	}

	private OutboxDispatcher dispatcher(DeliveryProperties settings, String owner) {
		return new OutboxDispatcher(this.outbox, List.of(new WebhookSender(new WebhookTargets(settings.webhooks()))),
				settings, new DeliveryFeedback(this.ingest), owner);
	}

	/** A dispatcher that records no outcome events. */
	private OutboxDispatcher quiet(DeliveryProperties settings, String owner) {
		return new OutboxDispatcher(this.outbox, List.of(new WebhookSender(new WebhookTargets(settings.webhooks()))),
				settings, new DeliveryFeedback(null), owner);
	}

	private OutboxDispatcher dispatcher(DeliveryProperties settings, EmailSender email) {
		return new OutboxDispatcher(this.outbox, List.of(email, new WebhookSender(new WebhookTargets(settings.webhooks()))),
				settings, new DeliveryFeedback(this.ingest), "test-instance");
	}

	private EmailSender mailTo(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return new EmailSender(mail, settings(5, 5).mail());
	}

}
