package io.skein.purpose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.customer.CustomerViews;
import io.skein.graph.Graph;

import org.springframework.stereotype.Service;

/**
 * The purpose module's one public service: recompute the purposes of some customers (real time) or of
 * all (the silence sweep), and read them back. Recomputing a batch costs two round trips in one write
 * transaction: one read of interactions and holdings, one write replacing the batch's purposes.
 */
@Service
public class PurposeService {

	private final PurposeRepository repository;

	private final PurposeDiscovery discovery;

	private final PurposeProperties properties;

	private final Clock clock;

	private final CustomerViews views;

	private final Graph graph;

	PurposeService(Graph graph, PurposeRepository repository, PurposeDiscovery discovery, PurposeProperties properties,
			Clock clock, CustomerViews views) {
		this.graph = graph;
		this.views = views;
		this.repository = repository;
		this.discovery = discovery;
		this.properties = properties;
		this.clock = clock;
	}

	/** Recomputes and stores the purposes of these customers; returns what was found, by customer. */
	public Map<String, List<DiscoveredPurpose>> recompute(Collection<String> customerIds) {
		return recompute(customerIds, null);
	}

	/** As {@link #recompute(Collection)}, as of {@code asOf} (null: the clock's now), e.g. a data set's as-of date. */
	public Map<String, List<DiscoveredPurpose>> recompute(Collection<String> customerIds, Instant asOf) {
		Map<String, List<DiscoveredPurpose>> all = new LinkedHashMap<>();
		List<String> ids = customerIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += this.properties.batchSize()) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + this.properties.batchSize()));
			all.putAll(this.graph.write(tx -> recomputeBatch(tx, batch, asOf)));
		}
		return all;
	}

	/** As {@link #recompute(Collection)}, every batch inside a write transaction of the caller's (the upkeep's slice). */
	public void recompute(Graph.Tx tx, Collection<String> customerIds) {
		List<String> ids = customerIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += this.properties.batchSize()) {
			recomputeBatch(tx, ids.subList(from, Math.min(ids.size(), from + this.properties.batchSize())), null);
		}
	}

	/** One batch: its activity read, its purposes discovered and replaced, in the transaction given. */
	private Map<String, List<DiscoveredPurpose>> recomputeBatch(Graph.Tx tx, List<String> batch, Instant asOf) {
		Instant now = asOf != null ? asOf : this.clock.instant();
		Map<String, List<DiscoveredPurpose>> found = new LinkedHashMap<>();
		for (PurposeRepository.CustomerActivity a : this.repository.activityOf(tx, batch,
				now.minus(Duration.ofDays(this.properties.lookbackDays())))) {
			found.put(a.customerId(), this.discovery.discover(a.customerId(), a.activities(), a.holdings(), now));
		}
		this.repository.replace(tx, found);
		return found;
	}

	/** Recomputes every active customer, a batch at a time; returns how many customers were visited. */
	public int recomputeAll() {
		return recomputeAll(null);
	}

	public int recomputeAll(Instant asOf) {
		int visited = 0;
		String after = "";
		while (true) {
			List<String> page = this.repository.customerIds(after, this.properties.batchSize());
			if (page.isEmpty()) {
				return visited;
			}
			recompute(page, asOf);
			visited += page.size();
			after = page.get(page.size() - 1);
		}
	}

	/** True when the graph holds no active customer at all. */
	public boolean graphIsEmpty() {
		return this.repository.customerIds("", 1).isEmpty();
	}

	/** Stored purposes of these customers, most recently active first. */
	public Map<String, List<PurposeView>> purposesOf(List<String> customerIds) {
		return this.views.read(customerIds, PurposeViewPart.FIELD);
	}


	public List<PurposeView> purposesOf(String customerId) {
		return purposesOf(List.of(customerId)).getOrDefault(customerId, List.of());
	}

}
