package io.skein.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.stereotype.Service;

/**
 * The one way records and events enter the graph, for GraphQL, the CLI and the demo loader alike. Each
 * item is checked on its own and written in its own transaction, so a bad item is rejected with its
 * errors and never fails or half-writes the others. Writes are serialised within this process so that
 * two records arriving together for one person cannot create two customers.
 */
@Service
public class IngestService {

	private final RecordIngestor records;

	private final EventIngestor events;

	private final IngestProperties limits;

	private final MeterRegistry meters;

	private final ApplicationEventPublisher publisher;

	private final ReentrantLock writer = new ReentrantLock(true);

	IngestService(RecordIngestor records, EventIngestor events, IngestProperties limits, MeterRegistry meters,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.records = records;
		this.events = events;
		this.limits = limits;
		this.meters = meters;
	}

	public IngestProperties limits() {
		return this.limits;
	}

	/** Ingests records given as JSON objects (GraphQL input or NDJSON); {@code field} names the list. */
	public List<IngestResult> ingestRecords(List<Map<String, Object>> items, String field) {
		List<IngestResult> results = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			results.add(ingestRecord(i, items.get(i), field + "[" + i + "]"));
		}
		return results;
	}

	public IngestResult ingestRecord(int index, Map<String, Object> json, String path) {
		List<ItemError> tooBig = sizeCheck(json, path);
		if (!tooBig.isEmpty()) {
			return count("record", IngestResult.rejected(index, tooBig));
		}
		InputParser.Parsed<RecordInput> parsed = InputParser.record(json, path);
		if (!parsed.isValid()) {
			return count("record", IngestResult.rejected(index, parsed.errors()));
		}
		return published(count("record", locked(() -> this.records.ingest(index, parsed.input(), json))), null);
	}

	public List<IngestResult> track(List<Map<String, Object>> items, String field) {
		List<IngestResult> results = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			results.add(trackEvent(i, items.get(i), field + "[" + i + "]"));
		}
		return results;
	}

	public IngestResult trackEvent(int index, Map<String, Object> json, String path) {
		List<ItemError> tooBig = sizeCheck(json, path);
		if (!tooBig.isEmpty()) {
			return count("event", IngestResult.rejected(index, tooBig));
		}
		InputParser.Parsed<EventInput> parsed = InputParser.event(json, path);
		if (!parsed.isValid()) {
			return count("event", IngestResult.rejected(index, parsed.errors()));
		}
		return published(count("event", locked(() -> this.events.ingest(index, parsed.input(), json, path))),
				parsed.input().type());
	}

	private List<ItemError> sizeCheck(Map<String, Object> json, String path) {
		int bytes = Json.canonical(json).getBytes(StandardCharsets.UTF_8).length;
		if (bytes > this.limits.maxItemBytes()) {
			return List.of(ItemError.badRequest(path,
					"item is " + bytes + " bytes of JSON, over the limit of " + this.limits.maxItemBytes()));
		}
		return List.of();
	}

	private IngestResult locked(java.util.function.Supplier<IngestResult> work) {
		this.writer.lock();
		try {
			return work.get();
		}
		finally {
			this.writer.unlock();
		}
	}

	/** Tells listeners after the write has committed, outside the writer lock. */
	private IngestResult published(IngestResult result, String eventType) {
		if (result.status() == IngestStatus.CREATED || result.status() == IngestStatus.UPDATED) {
			this.publisher.publishEvent(
					new CustomerChanged(result.customerId(), eventType == null ? "RECORD" : "EVENT", eventType));
		}
		return result;
	}

	private IngestResult count(String kind, IngestResult result) {
		this.meters.counter("skein.ingest.items", "kind", kind, "status", result.status().name()).increment();
		return result;
	}

}
