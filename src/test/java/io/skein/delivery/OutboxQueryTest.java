package io.skein.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.ingest.IngestService;
import io.skein.security.Role;
import io.skein.support.SkeinTest;
import io.skein.support.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code outbox(first, after, status)} for stewards, newest first and paged; {@code Customer.messages} on the
 * 360 for every role, newest first, with the recipient, subject and body masked below STEWARD.
 */
@SkeinTest
class OutboxQueryTest {

	static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

	static final String OUTBOX = """
			query($first: Int, $after: String, $status: OutboxStatus) {
			  outbox(first: $first, after: $after, status: $status) {
			    edges { cursor node { key customerId channel recipient subject body status attempts sentAt journeyKey stepId } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	static final String MESSAGES = """
			query($id: ID!) { customer(id: $id) { messages(first: 2) { key channel recipient subject body status } } }""";

	static final String BODY = "Hi Asha, call us on 9876543210 or write to asha.verma@example.in";

	@Autowired
	Graph graph;

	@Autowired
	CypherQueries queries;

	@Autowired
	IngestService ingest;

	@Autowired
	GraphQlTester graphQl;

	String asha;

	@BeforeEach
	void messages() throws Exception {
		this.asha = this.ingest.ingestRecords(List.of(Map.of("source", "crm", "sourceId", "1", "firstName", "Asha",
				"lastName", "Verma", "email", "asha.verma@example.in")), "records").get(0).customerId();
		OutboxFixture fixture = new OutboxFixture(this.graph, this.queries);
		fixture.write(List.of(
				OutboxFixture.message("e1", this.asha, OutboxChannel.EMAIL, "asha.verma@example.in", "EMI for 9876543210", BODY, T0),
				OutboxFixture.message("s1", this.asha, OutboxChannel.SMS, "+919876543210", null, BODY, T0.plus(Duration.ofHours(1))),
				OutboxFixture.message("w1", this.asha, OutboxChannel.WHATSAPP, "+919876543210", null, BODY, T0.plus(Duration.ofHours(2))),
				OutboxFixture.message("o1", "c-someone-else", OutboxChannel.SMS, "+919000000001", null, "Hello", T0.plus(Duration.ofHours(3)))));
		try (WebhookSink sink = new WebhookSink()) {
			DeliveryProperties settings = new DeliveryProperties(false, null, 1, 3, null, null, null, false, null,
					Map.of("sms", new DeliveryProperties.Webhook(sink.url(), null)), null);
			// the oldest due SMS first: s1 is SENT, o1 (due later) stays PENDING
			new OutboxDispatcher(new Outbox(this.graph, this.queries), List.of(new WebhookSender(new WebhookTargets(settings.webhooks()))),
					settings, new DeliveryFeedback(null), "query-test").dispatchOnce(T0.plus(Duration.ofHours(1)));
			assertThat(sink.delivered()).isEqualTo(Map.of("s1", 1));
		}
	}

	@Test
	void stewardsPageTheOutboxNewestFirstFilterByStatusAndSeeTheRecipient() {
		TestCaller.runAs(Role.STEWARD);
		GraphQlTester.Response first = this.graphQl.document(OUTBOX).variable("first", 2).execute();
		first.path("outbox.edges[*].node.key").entityList(String.class).containsExactly("o1", "w1");
		first.path("outbox.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("outbox.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.graphQl.document(OUTBOX).variable("first", 2).variable("after", cursor).execute();
		second.path("outbox.edges[*].node.key").entityList(String.class).containsExactly("s1", "e1");
		second.path("outbox.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("outbox.edges[1].node.recipient").entity(String.class).isEqualTo("asha.verma@example.in");
		second.path("outbox.edges[1].node.body").entity(String.class).isEqualTo(BODY);

		GraphQlTester.Response sent = this.graphQl.document(OUTBOX).variable("status", "SENT").execute();
		sent.path("outbox.edges[*].node.key").entityList(String.class).containsExactly("s1");
		sent.path("outbox.edges[0].node.sentAt").entity(String.class).isEqualTo("2026-11-02T11:00:00Z");
		sent.path("outbox.edges[0].node.attempts").entity(Integer.class).isEqualTo(1);
		this.graphQl.document(OUTBOX).variable("status", "PENDING").execute()
			.path("outbox.edges[*].node.key").entityList(String.class).containsExactly("o1", "w1", "e1");

		this.graphQl.document(OUTBOX).variable("after", "not-a-cursor").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
	}

	@Test
	void theOutboxIsRefusedBelowStewardAndTheCustomersMessagesAreMaskedThere() {
		for (Role role : List.of(Role.VIEWER, Role.ANALYST)) {
			TestCaller.runAs(role);
			this.graphQl.document(OUTBOX).execute().errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
			});
			GraphQlTester.Response messages = this.graphQl.document(MESSAGES).variable("id", this.asha).execute();
			messages.path("customer.messages[*].key").entityList(String.class).containsExactly("w1", "s1");
			messages.path("customer.messages[1].status").entity(String.class).isEqualTo("SENT");
			String recipient = messages.path("customer.messages[0].recipient").entity(String.class).get();
			assertThat(recipient).doesNotContain("98765").endsWith("3210");
			String body = messages.path("customer.messages[0].body").entity(String.class).get();
			assertThat(body).startsWith("Hi Asha").doesNotContain("9876543210").doesNotContain("asha.verma@").contains("a***@example.in");
		}
		TestCaller.runAs(Role.VIEWER);
		this.graphQl.document("query($id: ID!) { customer(id: $id) { messages(first: 5) { key recipient subject } } }")
			.variable("id", this.asha).execute().path("customer.messages[2]").entity(Map.class).satisfies(email -> {
				assertThat(email.get("key")).isEqualTo("e1");
				assertThat(email.get("recipient")).isEqualTo("a***@example.in");
				assertThat(String.valueOf(email.get("subject"))).startsWith("EMI for").doesNotContain("9876543210");
			});

		TestCaller.runAs(Role.STEWARD);
		GraphQlTester.Response raw = this.graphQl.document(MESSAGES).variable("id", this.asha).execute();
		raw.path("customer.messages[0].recipient").entity(String.class).isEqualTo("+919876543210");
		raw.path("customer.messages[0].body").entity(String.class).isEqualTo(BODY);
	}

}
