package io.skein.changefeed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.skein.delivery.KafkaSender;
import io.skein.ingest.Json;
import io.skein.orchestration.StoreLease;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes pending change events to {@code skein.kafka.changes.topic}, one instance at a time (store lease
 * {@value #LEASE}): a round reads pending events customer by customer in seq order, sends each (key: customer
 * id; header {@code Idempotency-Key}: the event id; idempotent producer, {@code acks=all}), waits for the
 * acknowledgements and only then marks the acknowledged ones published. A customer's events after one that
 * failed stay pending, so the next round re-sends from there in order. An instance stopping between the
 * send and the mark leaves the events pending: the next round (of any instance, once the lease expired)
 * sends them again with the same event ids.
 */
public class ChangeFeedPublisher implements DisposableBean {

	/** The store lease of the publishing instance. */
	public static final String LEASE = "change-feed-publisher";

	/** The header carrying the event id, as the delivery outbox's Kafka records. */
	public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(ChangeFeedPublisher.class);

	private final ChangeFeedStore store;

	private final StoreLease lease;

	private final ChangeFeedProperties settings;

	private final String owner;

	private final DefaultKafkaProducerFactory<String, String> producers;

	private final KafkaTemplate<String, String> template;

	public ChangeFeedPublisher(ChangeFeedStore store, StoreLease lease, ChangeFeedProperties settings,
			String bootstrapServers, String owner) {
		this.store = store;
		this.lease = lease;
		this.settings = settings;
		this.owner = owner;
		this.producers = KafkaSender.idempotentProducers(bootstrapServers, settings.timeout(), settings.properties());
		this.template = new KafkaTemplate<>(this.producers);
	}

	/** What one round did: whether this instance held the lease, events read, events published (acknowledged and marked). */
	public record Round(boolean leased, int pending, int published) {
	}

	/** One round at {@code now}: under the lease, send the pending events and mark those acknowledged. */
	public Round publishOnce(Instant now) {
		if (!this.lease.take(LEASE, this.owner, now, this.settings.leaseTtl())) {
			return new Round(false, 0, 0);
		}
		List<ChangeEvent> pending = this.store.pending(this.settings.customersPerRound(), this.settings.eventsPerCustomer());
		List<String> acknowledged = send(pending);
		this.store.markPublished(acknowledged, now);
		return new Round(true, pending.size(), acknowledged.size());
	}

	/** A round that stops after the broker acknowledged and before the mark, as an instance killed there; for tests. */
	int sendWithoutMarking(Instant now) {
		if (!this.lease.take(LEASE, this.owner, now, this.settings.leaseTtl())) {
			return 0;
		}
		return send(this.store.pending(this.settings.customersPerRound(), this.settings.eventsPerCustomer())).size();
	}

	/** Gives the lease up (an orderly stop), so another instance need not wait for it to expire. */
	public void release(Instant now) {
		this.lease.release(LEASE, this.owner, now);
	}

	public String owner() {
		return this.owner;
	}

	/** Sends all, then waits for each acknowledgement; returns the ids acknowledged before any failure of their customer. */
	private List<String> send(List<ChangeEvent> events) {
		List<CompletableFuture<SendResult<String, String>>> sent = new ArrayList<>();
		for (ChangeEvent event : events) {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.settings.topic(), event.customerId(),
					Json.write(event.json()));
			record.headers().add(IDEMPOTENCY_HEADER, event.eventId().getBytes(StandardCharsets.UTF_8));
			record.headers().add("Event-Type", event.type().getBytes(StandardCharsets.UTF_8));
			try {
				sent.add(this.template.send(record));
			}
			catch (RuntimeException ex) {
				sent.add(CompletableFuture.failedFuture(ex));
			}
		}
		List<String> acknowledged = new ArrayList<>();
		Set<String> failed = new HashSet<>();
		long deadline = System.nanoTime() + this.settings.timeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
		for (int i = 0; i < events.size(); i++) {
			ChangeEvent event = events.get(i);
			if (failed.contains(event.customerId())) {
				continue;
			}
			try {
				sent.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				acknowledged.add(event.eventId());
			}
			catch (ExecutionException | TimeoutException | RuntimeException ex) {
				failed.add(event.customerId());
				log.warn("Change feed: event {} of customer {} not acknowledged, re-sent next round: {}", event.eventId(),
						event.customerId(), ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return acknowledged;
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
