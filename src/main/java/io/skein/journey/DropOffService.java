package io.skein.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.graph.Graph;
import io.skein.graphql.Connection;
import io.skein.graphql.Cursors;
import io.skein.purpose.Activity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Detects drop-offs for some customers (on each change) or all (the silence sweep), stores them and
 * tells listeners what was detected and what cleared; serves the {@code dropOffs} connection.
 */
@Service
public class DropOffService {

	static final String CURSOR = "dropOff";

	private final DropOffRepository repository;

	private final JourneyDefinitions definitions;

	private final JourneyProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Graph graph;

	DropOffService(Graph graph, DropOffRepository repository, JourneyDefinitions definitions, JourneyProperties properties,
			ApplicationEventPublisher publisher, Clock clock) {
		this.graph = graph;
		this.repository = repository;
		this.definitions = definitions;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Detects and stores the drop-offs of these customers; returns them by customer. */
	public Map<String, List<DropOff>> recompute(Collection<String> customerIds) {
		Map<String, List<DropOff>> all = new LinkedHashMap<>();
		List<String> ids = customerIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += this.properties.batchSize()) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + this.properties.batchSize()));
			Detected detected = this.graph.write(tx -> recomputeBatch(tx, batch));
			detected.publish().run();
			all.putAll(detected.found());
		}
		return all;
	}

	/**
	 * As {@link #recompute(Collection)}, every batch inside a write transaction of the caller's (the upkeep's slice);
	 * returns the publishing of what was detected and cleared, for once that transaction committed.
	 */
	public Runnable recompute(Graph.Tx tx, Collection<String> customerIds) {
		List<Runnable> publish = new ArrayList<>();
		List<String> ids = customerIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += this.properties.batchSize()) {
			publish.add(recomputeBatch(tx, ids.subList(from, Math.min(ids.size(), from + this.properties.batchSize())))
				.publish());
		}
		return () -> publish.forEach(Runnable::run);
	}

	/** A batch's drop-offs by customer, and the publishing of what changed, to run after the commit. */
	private record Detected(Map<String, List<DropOff>> found, Runnable publish) {
	}

	private Detected recomputeBatch(Graph.Tx tx, List<String> batch) {
		List<String> types = List.copyOf(this.definitions.dropOffEventTypes());
		Instant now = this.clock.instant();
		Map<String, List<DropOff>> found = new LinkedHashMap<>();
		this.repository.journeyEvents(tx, batch, types).forEach((customerId, activities) -> {
			List<DropOff> dropOffs = new ArrayList<>();
			for (DropOffRule rule : this.definitions.dropOffs()) {
				rule.detect(customerId, activities, now).ifPresent(dropOffs::add);
			}
			found.put(customerId, dropOffs);
		});
		List<DropOffRepository.Change> changes = this.repository.replace(tx, found, now);
		return new Detected(found, () -> publish(found, changes));
	}

	public int recomputeAll() {
		int visited = 0;
		String after = "";
		while (true) {
			List<String> page = this.repository.customerIds(after, this.properties.batchSize());
			if (page.isEmpty()) {
				return visited;
			}
			recompute(page);
			visited += page.size();
			after = page.get(page.size() - 1);
		}
	}

	/**
	 * The journey backlog: open drop-offs of active customers, i.e. journeys started and abandoned that no
	 * completion has cleared, each waiting for a follow-up.
	 */
	public long backlog() {
		return this.repository.backlog();
	}

	public Connection<DropOffView> page(DropOffKind kind, Instant since, Integer first, String after) {
		int size = Cursors.pageSize(first, 20, "first");
		List<String> cursor = Cursors.decode(after, CURSOR, 2, "after");
		Instant afterAt = null;
		if (cursor != null) {
			try {
				afterAt = Instant.parse(cursor.get(0));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new io.skein.graphql.InvalidInputException("after", "not a cursor returned by this connection");
			}
		}
		List<DropOffView> rows = this.repository.page(kind, since, afterAt, cursor == null ? null : cursor.get(1),
				size + 1, this.clock.instant());
		return Connection.of(rows, size, d -> Cursors.encode(CURSOR, d.lastStepAt().toInstant().toString(), d.id()),
				null);
	}

	private void publish(Map<String, List<DropOff>> found, List<DropOffRepository.Change> changes) {
		for (DropOffRepository.Change change : changes) {
			List<DropOff> current = found.getOrDefault(change.customerId(), List.of());
			current.stream().filter(d -> change.detected().contains(d.id())).forEach(d -> this.publisher.publishEvent(
					new DropOffDetected(d.id(), d.customerId(), d.kind(), d.startedAt(), d.lastStepAt())));
			change.cleared().forEach(c -> this.publisher.publishEvent(new DropOffCleared((String) c.get("id"),
					change.customerId(), DropOffKind.valueOf((String) c.get("kind")))));
		}
	}

}
