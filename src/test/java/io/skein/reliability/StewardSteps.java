package io.skein.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.skein.graphql.InvalidInputException;
import io.skein.identity.resolution.ResolutionService;
import io.skein.identity.steward.StewardActionView;
import io.skein.identity.steward.StewardService;
import io.skein.support.GraphFingerprint;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random steward steps for {@link RandomSequencesTest}, drawn from the graph as it stands: merges, splits,
 * bans, undos of any earlier action (including ones already undone and undos themselves), inputs that
 * are wrong on purpose, and now and then a resolution run, which must respect every decision. A refused step must leave the graph exactly as it was; a wrong input must be
 * refused. Undoing the action of the step just before must give back the same counts of everything.
 */
final class StewardSteps {

	private record Customer(String id, String kind, List<String> records) {
	}

	private final StewardService steward;

	private final ResolutionService resolution;

	private final Driver driver;

	private final GraphFingerprint fingerprint;

	private final Random random;

	/** Every action that succeeded, undos included, in order. */
	private final List<String> actions = new ArrayList<>();

	/** The action of the step just taken (null after any other step) and the counts before it. */
	private String lastAction;

	private Map<String, Long> countsBeforeLast;

	StewardSteps(StewardService steward, ResolutionService resolution, Driver driver, GraphFingerprint fingerprint,
			Random random) {
		this.steward = steward;
		this.resolution = resolution;
		this.driver = driver;
		this.fingerprint = fingerprint;
		this.random = random;
	}

	/** An ingestion step happened in between: an undo can no longer be compared with the step before. */
	void ingested() {
		this.lastAction = null;
	}

	/** Takes one random steward step and says what it did. */
	String next() {
		String previous = this.lastAction;
		this.lastAction = null;
		int kind = this.random.nextInt(10);
		if (kind == 9) {
			return "resolve: " + this.resolution.resolve();
		}
		List<Customer> active = active();
		if (kind < 2) {
			return merge(active);
		}
		if (kind < 4) {
			return split(active);
		}
		if (kind < 5) {
			return ban(active);
		}
		if (kind < 7) {
			return undo(previous);
		}
		return invalid(active);
	}

	private String merge(List<Customer> active) {
		if (active.size() < 2) {
			return "merge: fewer than two customers";
		}
		List<String> ids = new ArrayList<>(List.of(pick(active).id(), pick(active).id()));
		if (this.random.nextInt(4) == 0) {
			// a merged-away id names its survivor
			List<String> merged = mergedIds();
			if (!merged.isEmpty()) {
				ids.set(1, merged.get(this.random.nextInt(merged.size())));
			}
		}
		if (this.random.nextInt(5) == 0) {
			ids.add(pick(active).id());
		}
		boolean self = ids.stream().distinct().count() < ids.size();
		return attempt("merge " + ids, () -> this.steward.merge(ids, "random merge"), self);
	}

	private String split(List<Customer> active) {
		List<Customer> splittable = active.stream().filter(c -> c.records().size() >= 2).toList();
		if (splittable.isEmpty()) {
			return "split: no customer with two records";
		}
		Customer customer = pick(splittable);
		List<String> records = new ArrayList<>(customer.records());
		java.util.Collections.shuffle(records, this.random);
		List<String> named = List.copyOf(records.subList(0, 1 + this.random.nextInt(records.size() - 1)));
		return attempt("split " + customer.id() + " " + named, () -> this.steward.split(customer.id(), named, "random split"),
				false);
	}

	private String ban(List<Customer> active) {
		List<Customer> withRecords = active.stream().filter(c -> !c.records().isEmpty()).toList();
		if (withRecords.size() < 2) {
			return "ban: fewer than two customers with records";
		}
		Customer a = pick(withRecords);
		Customer b = pick(withRecords);
		if (a.id().equals(b.id())) {
			return "ban: drew the same customer twice";
		}
		String left = this.random.nextBoolean() ? a.id() : a.records().get(this.random.nextInt(a.records().size()));
		String right = this.random.nextBoolean() ? b.id() : b.records().get(this.random.nextInt(b.records().size()));
		return attempt("ban " + left + " " + right, () -> this.steward.ban(left, right, "random ban"), false);
	}

	/** Undoes a random earlier action; refused (and harmless) when it was undone, is an undo, or is blocked. */
	private String undo(String previous) {
		if (this.actions.isEmpty()) {
			return "undo: nothing done yet";
		}
		String target = this.random.nextInt(3) == 0 && previous != null ? previous
				: this.actions.get(this.random.nextInt(this.actions.size()));
		Map<String, Long> before = target.equals(previous) ? this.countsBeforeLast : null;
		String done = attempt("undo " + target, () -> this.steward.undo(target), false);
		if (before != null && !done.contains("refused")) {
			assertThat(counts()).as("undo of the step just before gives back what it changed").isEqualTo(before);
		}
		return done;
	}

	/** Inputs that are wrong whatever the graph holds: each must be refused and change nothing. */
	private String invalid(List<Customer> active) {
		String some = active.isEmpty() ? "c-none" : pick(active).id();
		List<Customer> withRecords = active.stream().filter(c -> !c.records().isEmpty()).toList();
		switch (this.random.nextInt(12)) {
			case 0:
				return attempt("merge unknown", () -> this.steward.merge(List.of("c-unknown", some), "x"), true);
			case 1:
				return attempt("merge one", () -> this.steward.merge(List.of(some), "x"), true);
			case 2:
				return attempt("merge with itself", () -> this.steward.merge(List.of(some, some), "x"), true);
			case 3:
				return attempt("merge without reason", () -> this.steward.merge(List.of(some, "c-unknown"), " "), true);
			case 4:
				if (withRecords.isEmpty()) {
					return "invalid split: no records";
				}
				Customer whole = pick(withRecords);
				return attempt("split everything off " + whole.id(),
						() -> this.steward.split(whole.id(), whole.records(), "x"), true);
			case 5:
				if (withRecords.size() < 2) {
					return "invalid split: one customer";
				}
				Customer owner = withRecords.get(0);
				Customer other = withRecords.get(1);
				return attempt("split " + owner.id() + " with a record of " + other.id(),
						() -> this.steward.split(owner.id(), List.of(other.records().get(0)), "x"), true);
			case 6:
				return attempt("split unknown record", () -> this.steward.split(some, List.of("r-unknown"), "x"), true);
			case 7:
				return attempt("ban with itself", () -> this.steward.ban(some, some, "x"), true);
			case 8:
				return attempt("ban unknown", () -> this.steward.ban(some, "r-unknown", "x"), true);
			case 9:
				return attempt("undo unknown", () -> this.steward.undo("sa-unknown"), true);
			case 10:
				return attempt("undo blank", () -> this.steward.undo(" "), true);
			default:
				List<Customer> anonymous = active.stream().filter(c -> c.records().isEmpty()).toList();
				if (anonymous.isEmpty() || withRecords.isEmpty()) {
					return "invalid ban: no anonymous profile";
				}
				String profile = pick(anonymous).id();
				String known = pick(withRecords).id();
				return attempt("ban recordless " + profile, () -> this.steward.ban(profile, known, "x"), true);
		}
	}

	/** Runs a steward call: a refusal must change nothing; an input that is wrong must be refused. */
	private String attempt(String description, Supplier<StewardActionView> call, boolean mustBeRefused) {
		List<String> before = this.fingerprint.of();
		Map<String, Long> counts = counts();
		StewardActionView done;
		try {
			done = call.get();
		}
		catch (InvalidInputException refused) {
			assertThat(this.fingerprint.of()).as(description + " was refused and must change nothing").isEqualTo(before);
			return description + " refused: " + refused.getMessage();
		}
		assertThat(mustBeRefused).as(description + " must be refused").isFalse();
		this.actions.add(done.id());
		this.lastAction = done.id();
		this.countsBeforeLast = counts;
		return description + " -> " + done.id();
	}

	private Customer pick(List<Customer> customers) {
		return customers.get(this.random.nextInt(customers.size()));
	}

	/** Active customers in id order (so a seed draws the same ones every run), with their records. */
	private List<Customer> active() {
		try (Session session = this.driver.session()) {
			return session.run("""
					MATCH (c:Customer {status: 'ACTIVE'})
					OPTIONAL MATCH (r:SourceRecord)-[:BELONGS_TO]->(c)
					WITH c, r ORDER BY r.id
					RETURN c.id AS id, c.kind AS kind, collect(r.id) AS records ORDER BY id""")
				.list(r -> new Customer(r.get("id").asString(), r.get("kind").asString(null),
						r.get("records").asList(v -> v.asString())));
		}
	}

	private List<String> mergedIds() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (c:Customer {status: 'MERGED'}) RETURN c.id AS id ORDER BY id")
				.list(r -> r.get("id").asString());
		}
	}

	/** Counts of nodes per label and relationships per type, steward bookkeeping left out. */
	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:StewardAction AND NOT n:AuditEntry
					UNWIND labels(n) AS l RETURN 'node:' + l AS k, count(*) AS c
					UNION ALL
					MATCH ()-[x]->() WHERE type(x) <> 'MATCHED' RETURN 'rel:' + type(x) AS k, count(*) AS c""")
				.forEachRemaining(r -> counts.put(r.get("k").asString(), r.get("c").asLong()));
		}
		return counts;
	}

}
