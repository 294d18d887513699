package io.skein.segment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.skein.graph.Graph;
import io.skein.graphql.InvalidInputException;
import io.skein.segment.rule.Rule;
import io.skein.segment.rule.RuleCompiler;
import io.skein.segment.rule.RuleContext;
import io.skein.segment.rule.SetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Keeps membership current. A changed customer is re-evaluated for every segment, dependencies first (so a
 * segment of segments sees its inputs' new state), together with any customer merged into it, who leaves
 * everything. The re-check does the same for every customer, as time windows move. Evaluations are
 * serialised within the process so one entry is never written twice; each entry and exit is published.
 * Rules read the customers' precomputed facts ({@link CustomerFacts}) where those answer them: the changed
 * customers' facts are refreshed first, and a full evaluation refreshes missing and stale facts first. A new
 * segment's first evaluation records one {@code CREATED} event with its member count, not an entry per
 * member, and publishes nothing per member.
 */
@Service
public class MembershipEvaluator {

	private static final Logger log = LoggerFactory.getLogger(MembershipEvaluator.class);

	private final SegmentRepository segments;

	private final Rules rules;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final MeterRegistry meters;

	private final CustomerFacts facts;

	private final Graph graph;

	MembershipEvaluator(SegmentRepository segments, Rules rules, Clock clock, ApplicationEventPublisher publisher,
			MeterRegistry meters, CustomerFacts facts, Graph graph) {
		this.graph = graph;
		this.meters = meters;
		this.facts = facts;
		this.segments = segments;
		this.rules = rules;
		this.clock = clock;
		this.publisher = publisher;
	}

	/** What a re-evaluation changed. */
	public record Outcome(int segments, int entered, int exited) {
	}

	/** Re-evaluates one customer (and customers merged into it) for every segment. */
	public Outcome evaluateCustomer(String customerId) {
		return evaluateCustomers(List.of(customerId));
	}

	/**
	 * Re-evaluates some customers (and customers merged into them) for every segment, in one write transaction:
	 * one query per dependency wave (segments that read no other segment's membership form the first wave).
	 */
	public synchronized Outcome evaluateCustomers(List<String> customerIds) {
		Evaluated evaluated = this.graph.write(tx -> evaluate(tx, customerIds));
		evaluated.publish().run();
		return evaluated.outcome();
	}

	/** What a re-evaluation changed, and the publishing of its entries and exits, for once it committed. */
	record Evaluated(Outcome outcome, Runnable publish) {
	}

	/**
	 * As {@link #evaluateCustomers}, inside a write transaction of the caller's (the upkeep's slice), the caller
	 * holding this instance's monitor.
	 */
	Evaluated evaluate(Graph.Tx tx, List<String> customerIds) {
		List<String> ids = new ArrayList<>(customerIds);
		ids.addAll(this.segments.mergedInto(tx, customerIds));
		List<Segment> all = this.segments.all(tx);
		Instant now = this.clock.instant();
		List<SegmentMembershipChanged> changed = new ArrayList<>();
		int entered = 0;
		long start = System.nanoTime();
		this.facts.refresh(tx, ids, now);
		// one context for every wave: the segments were just read (an upkeep slice ran segment/all twice)
		RuleContext context = this.rules.context(tx, false, all);
		for (List<Segment> wave : waves(ordered(all))) {
			RuleCompiler compiler = new RuleCompiler(now, "rule").withFacts();
			List<String> segmentIds = new ArrayList<>();
			List<String> predicates = new ArrayList<>();
			for (Segment segment : wave) {
				try {
					predicates.add(compiler.predicate(this.rules.parse(segment.rule(), "rule", context)));
					segmentIds.add(segment.id());
				}
				catch (InvalidInputException ex) {
					log.warn("Segment {} has a rule that no longer checks ({}: {}); skipped", segment.id(), ex.field(),
							ex.getMessage());
				}
			}
			if (segmentIds.isEmpty()) {
				continue;
			}
			SegmentRepository.WaveChanges changes = this.segments.evaluateWave(tx, segmentIds, predicates,
					compiler.parameters(), ids, now);
			changes.entered().forEach(c -> changed.add(new SegmentMembershipChanged(c.customerId(), c.segmentId(),
					"ENTERED", now)));
			changes.exited().forEach(c -> changed.add(new SegmentMembershipChanged(c.customerId(), c.segmentId(),
					"EXITED", now)));
			entered += changes.entered().size();
		}
		this.meters.timer("skein.segment.upkeep").record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		Outcome outcome = new Outcome(all.size(), entered, changed.size() - entered);
		return new Evaluated(outcome, () -> changed.forEach(this.publisher::publishEvent));
	}

	/** Ordered segments cut into waves: each segment lands one wave after the latest segment it reads. */
	static List<List<Segment>> waves(List<Segment> ordered) {
		Map<String, Integer> waveOf = new HashMap<>();
		List<List<Segment>> waves = new ArrayList<>();
		for (Segment segment : ordered) {
			int wave = 0;
			for (String dependency : segment.dependsOn()) {
				if (waveOf.containsKey(dependency)) {
					wave = Math.max(wave, waveOf.get(dependency) + 1);
				}
			}
			waveOf.put(segment.id(), wave);
			while (waves.size() <= wave) {
				waves.add(new ArrayList<>());
			}
			waves.get(wave).add(segment);
		}
		return waves;
	}

	/** Re-evaluates every segment for every customer: the scheduled re-check. */
	public synchronized Outcome recheckAll() {
		return run(ordered(this.segments.all()));
	}

	/** Re-evaluates one segment for every customer (entries and exits recorded per customer). */
	public synchronized Outcome recheck(String segmentId) {
		return run(this.segments.byIds(List.of(segmentId)));
	}

	/**
	 * A new segment's first evaluation over every customer: its members, and one {@code CREATED} event with
	 * their number (no entry per member, nothing published per member).
	 */
	synchronized Outcome evaluateSegment(Segment segment) {
		Instant now = this.clock.instant();
		this.facts.refreshStale(now);
		RuleCompiler compiler = new RuleCompiler(now, "rule").withFacts();
		String matching;
		try {
			matching = new SetCompiler(compiler).matching(this.rules.parse(segment.rule(), "rule",
					this.rules.context(false)));
		}
		catch (InvalidInputException ex) {
			log.warn("Segment {} has a rule that no longer checks ({}: {}); skipped", segment.id(), ex.field(),
					ex.getMessage());
			return new Outcome(0, 0, 0);
		}
		long start = System.nanoTime();
		long members = this.segments.createMembers(segment.id(), matching, compiler.parameters(), now);
		this.meters.timer("skein.segment.evaluation", "segment", segment.id(), "scope", "created")
			.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		return new Outcome(1, (int) members, 0);
	}

	/** Evaluates segments for every customer, one query per segment. */
	private Outcome run(List<Segment> ordered) {
		Instant now = this.clock.instant();
		int entered = 0;
		int exited = 0;
		this.facts.refreshStale(now);
		RuleContext context = this.rules.context(false);
		for (Segment segment : ordered) {
			RuleCompiler compiler = new RuleCompiler(now, "rule").withFacts();
			String matching;
			String predicate;
			try {
				Rule rule = this.rules.parse(segment.rule(), "rule", context);
				matching = new SetCompiler(compiler).matching(rule);
				predicate = compiler.predicate(rule);
			}
			catch (InvalidInputException ex) {
				log.warn("Segment {} has a rule that no longer checks ({}: {}); skipped", segment.id(), ex.field(),
						ex.getMessage());
				continue;
			}
			long start = System.nanoTime();
			SegmentRepository.Changes changes = this.segments.evaluateAll(segment.id(), matching,
					predicate, compiler.parameters(), now);
			this.meters.timer("skein.segment.evaluation", "segment", segment.id(), "scope", "all")
				.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
			changes.entered().forEach(c -> publish(c, segment.id(), "ENTERED", now));
			changes.exited().forEach(c -> publish(c, segment.id(), "EXITED", now));
			entered += changes.entered().size();
			exited += changes.exited().size();
		}
		return new Outcome(ordered.size(), entered, exited);
	}

	private void publish(String customerId, String segmentId, String type, Instant at) {
		this.publisher.publishEvent(new SegmentMembershipChanged(customerId, segmentId, type, at));
	}

	/** Segments with every dependency before its dependents (creation order otherwise). */
	static List<Segment> ordered(List<Segment> all) {
		Map<String, Segment> byId = new LinkedHashMap<>();
		all.forEach(s -> byId.put(s.id(), s));
		Map<String, Integer> waiting = new HashMap<>();
		Map<String, List<String>> dependents = new HashMap<>();
		for (Segment s : all) {
			int n = 0;
			for (String d : s.dependsOn()) {
				if (byId.containsKey(d)) {
					n++;
					dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
				}
			}
			waiting.put(s.id(), n);
		}
		Deque<String> ready = new ArrayDeque<>();
		byId.keySet().stream().filter(id -> waiting.get(id) == 0).forEach(ready::add);
		List<Segment> out = new ArrayList<>();
		while (!ready.isEmpty()) {
			String id = ready.poll();
			out.add(byId.get(id));
			for (String dependent : dependents.getOrDefault(id, List.of())) {
				if (waiting.merge(dependent, -1, Integer::sum) == 0) {
					ready.add(dependent);
				}
			}
		}
		return out;
	}

}
