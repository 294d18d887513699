package io.skein.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.skein.consent.ConsentChannel;
import io.skein.consent.ConsentPurpose;
import io.skein.consent.ConsentService;
import io.skein.consent.ConsentState;
import io.skein.consent.ConsentStatement;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.IngestResult;
import io.skein.ingest.IngestService;
import io.skein.orchestration.JourneyEngine;
import io.skein.orchestration.JourneyService;
import io.skein.support.SkeinTest;
import io.skein.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey engine and the dispatcher together, with real mail (GreenMail) and an SMS webhook sink: both
 * stopped mid-run and started again on the same store deliver every message exactly once, and an e-mail the
 * SMTP server refuses (a hard bounce) makes the engine's next send to that customer an SMS.
 */
@SkeinTest
class JourneyDeliveryRestartTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	/** Noon in India: outside quiet hours. */
	static final Instant NOW = Instant.parse("2026-11-16T06:30:00Z");

	@Autowired
	JourneyEngine engine;

	@Autowired
	JourneyService journeys;

	@Autowired
	IngestService ingest;

	@Autowired
	ConsentService consents;

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	TestClock clock;

	WebhookSink sink;

	@BeforeEach
	void journey() throws Exception {
		this.clock.set(NOW);
		this.sink = new WebhookSink();
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("key", "offer-follow-up");
		definition.put("name", "Offer follow-up");
		definition.put("trigger", Map.of("kind", "EVENT", "eventType", "Offer_viewed"));
		definition.put("steps", List.of(
				Map.of("id", "email", "kind", "SEND", "channel", "EMAIL", "fallback", "sms", "subject", "Your offer",
						"template", "Hi {{firstName|there}}, your offer is waiting."),
				Map.of("id", "sms", "kind", "SEND", "channel", "SMS", "template", "Hi {{firstName|there}}, your offer is waiting.")));
		this.journeys.define(definition, "", "test");
	}

	@AfterEach
	void stopSink() {
		this.sink.close();
	}

	@Test
	void stoppedMidRunAndStartedAgainEachMessageIsDeliveredExactlyOnce() {
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			customers.add(customer("r" + i, "Ravi" + i, "ravi" + i + "@example.in", "+91980000030" + i));
		}
		customers.forEach(id -> offerViewed(id, "ov-" + id, NOW.minusSeconds(60)));

		// the first engine stops after three instances; the first dispatcher after one batch of two
		assertThat(this.engine.runOnce(NOW, 3).instances()).isEqualTo(3);
		OutboxDispatcher first = dispatcher(2, "instance-a", mailTo(smtp.getSmtp().getPort()));
		assertThat(first.dispatchOnce(NOW).sent()).isEqualTo(2);

		// started again on the same store: a new dispatcher, the engine's next runs, until nothing is left
		OutboxDispatcher second = dispatcher(2, "instance-b", mailTo(smtp.getSmtp().getPort()));
		Instant later = NOW.plus(Duration.ofMinutes(1));
		for (int round = 0; round < 6; round++) {
			this.engine.runOnce(later);
			while (second.dispatchOnce(later).claimed() > 0) {
				// batches of two until the outbox is drained
			}
			later = later.plus(Duration.ofMinutes(1));
		}
		// a replay of both writes and sends nothing new
		this.engine.runOnce(later);
		assertThat(first.dispatchOnce(later).claimed()).isZero();

		Map<String, Long> perMessageId = new HashMap<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			perMessageId.merge(messageId(mail), 1L, Long::sum);
		}
		assertThat(perMessageId).hasSize(7).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
		List<Map<String, Object>> outbox = outbox();
		assertThat(outbox).hasSize(7).allMatch(m -> "SENT".equals(m.get("status")) && "EMAIL".equals(m.get("channel")));
		assertThat(outbox.stream().map(m -> m.get("customerId")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(customers);
	}

	@Test
	void aBouncedEmailMakesTheNextSendAnSms() throws Exception {
		String bouncer = customer("b1", "Bina", "bina.gone@example.in", "+919800000401");
		offerViewed(bouncer, "ov-b1", NOW.minusSeconds(60));
		this.engine.runOnce(NOW);
		assertThat(outbox()).extracting(m -> m.get("channel")).containsExactly("EMAIL");
		try (RejectingSmtpServer refusing = new RejectingSmtpServer()) {
			DispatchReport report = dispatcher(5, "instance-a", mailTo(refusing.port())).dispatchOnce(NOW);
			assertThat(report.failed()).isEqualTo(1);
		}
		assertThat(outbox()).singleElement().satisfies(m -> {
			assertThat(m.get("status")).isEqualTo("FAILED");
			assertThat(m.get("failureReason")).isEqualTo("bounced");
		});

		// the customer shows interest again: the engine reads the message_bounced event and texts instead
		Instant later = NOW.plus(Duration.ofHours(1));
		this.clock.set(later);
		offerViewed(bouncer, "ov-b1-again", later.minusSeconds(60));
		this.engine.runOnce(later);
		List<Map<String, Object>> messages = outbox();
		assertThat(messages).extracting(m -> m.get("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
		dispatcher(5, "instance-a", mailTo(smtp.getSmtp().getPort())).dispatchOnce(later);
		assertThat(this.sink.delivered()).hasSize(1).containsValue(1);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private String customer(String sourceId, String firstName, String email, String phone) {
		IngestResult result = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", sourceId, "firstName",
				firstName, "lastName", "Tester", "email", email, "phone", phone)), "records").get(0);
		assertThat(result.errors()).isEmpty();
		for (ConsentChannel channel : List.of(ConsentChannel.EMAIL, ConsentChannel.SMS)) {
			this.consents.set(new ConsentStatement(result.customerId(), channel, ConsentPurpose.MARKETING,
					ConsentState.GRANTED, "test_form", NOW.minus(Duration.ofDays(30)), "form-1"));
		}
		return result.customerId();
	}

	private void offerViewed(String customerId, String eventId, Instant at) {
		IngestResult result = this.ingest.track(List.of(Map.of("eventId", eventId, "type", "Offer_viewed", "at",
				at.toString(), "channel", "web", "identifiers", Map.of("customerId", customerId), "properties", Map.of())),
				"events").get(0);
		assertThat(result.errors()).isEmpty();
	}

	private List<Map<String, Object>> outbox() {
		return this.graph.query(this.queries.get("test/outbox"), Map.of(), r -> r.get("message").asMap());
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OutboxDispatcher dispatcher(int batchSize, String owner, EmailSender email) {
		DeliveryProperties settings = new DeliveryProperties(false, null, batchSize, 5, Duration.ofMinutes(1),
				Duration.ofHours(1), Duration.ofMinutes(5), true,
				new DeliveryProperties.Mail("Skein Bank <alerts@bank.example>", null),
				Map.of("sms", new DeliveryProperties.Webhook(this.sink.url(), Duration.ofSeconds(5))), null);
		return new OutboxDispatcher(new Outbox(this.graph, this.queries),
				List.of(email, new WebhookSender(new WebhookTargets(settings.webhooks()))), settings,
				new DeliveryFeedback(this.ingest), owner);
	}

	private static EmailSender mailTo(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return new EmailSender(mail, new DeliveryProperties.Mail("Skein Bank <alerts@bank.example>", null));
	}

}
