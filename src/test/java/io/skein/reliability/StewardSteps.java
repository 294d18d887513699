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
 * are wrong on purpose, and now and then a resolution run, which must respect every decision. A refused step
 * must leave the graph exactly as it was; a wrong input must be refused. A merge must join every customer it
 * named, a split must leave the named records on one customer and the rest on another, a ban must keep its
 * two sides apart (and {@link ClusterInvariants#banViolations} checks after every later step, resolution runs
 * included), and undoing the action of the step just before must restore the graph's fingerprint (steward
 * bookkeeping, the customers' {@code updatedAt} and the provenance of record memberships aside). Valid steps are counted taken or refused ({@link #outcomes}).
 */
final class StewardSteps {

	private record Customer(String id, String kind, List<String> records) {
	}

	/** What a step must do: a valid step should be taken, a wrong one must be refused, either may happen. */
	enum Expect {

		VALID, WRONG, EITHER

	}

	/** Outcomes of valid steps by kind ("merge taken", "merge refused", ...), for the refused-share check. */
	final Map<String, Integer> outcomes = new java.util.TreeMap<>();

	private final StewardService steward;

	private final ResolutionService resolution;

	private final Driver driver;

	private final GraphFingerprint fingerprint;

	private final Random random;

	/** Every action that succeeded, undos included, in order. */
	private final List<String> actions = new ArrayList<>();

	/** The action of the step just taken (null after any other step) and the fingerprint before it. */
	private String lastAction;

	private List<String> fingerprintBeforeLast;

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
		String done = attempt("merge", "merge " + ids, () -> this.steward.merge(ids, "random merge"), self ? Expect.WRONG : Expect.VALID);
		if (!done.contains(" refused: ")) {
			assertThat(ids.stream().map(this::survivor).distinct().toList()).as(done + ": a merge joins every customer it named")
				.hasSize(1).doesNotContainNull();
		}
		return done;
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
		String done = attempt("split", "split " + customer.id() + " " + named,
				() -> this.steward.split(customer.id(), named, "random split"), Expect.VALID);
		if (!done.contains(" refused: ")) {
			List<String> rest = customer.records().stream().filter(r -> !named.contains(r)).toList();
			List<String> splitOff = named.stream().map(this::customerOfRecord).distinct().toList();
			List<String> kept = rest.stream().map(this::customerOfRecord).distinct().toList();
			assertThat(splitOff).as(done + ": the named records end on one customer").hasSize(1);
			assertThat(kept).as(done + ": the rest stay together").hasSize(1);
			assertThat(splitOff).as(done + ": a split separates").doesNotContainAnyElementsOf(kept);
		}
		return done;
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
		String done = attempt("ban", "ban " + left + " " + right, () -> this.steward.ban(left, right, "random ban"), Expect.VALID);
		if (!done.contains(" refused: ")) {
			assertThat(ClusterInvariants.banViolations(this.driver)).as(done + ": the two sides are apart").isEmpty();
		}
		return done;
	}

	/** Undoes a random earlier action; refused (and harmless) when it was undone, is an undo, or is blocked. */
	private String undo(String previous) {
		if (this.actions.isEmpty()) {
			return "undo: nothing done yet";
		}
		String target = this.random.nextInt(3) == 0 && previous != null ? previous
				: this.actions.get(this.random.nextInt(this.actions.size()));
		boolean justBefore = target.equals(previous);
		List<String> before = justBefore ? this.fingerprintBeforeLast : null;
		String done = attempt(justBefore ? "undo of the step before" : "undo", "undo " + target, () -> this.steward.undo(target),
				justBefore ? Expect.VALID : Expect.EITHER);
		if (before != null && !done.contains(" refused: ")) {
			assertThat(withoutBookkeeping()).as("undo of the step just before restores the graph's fingerprint").isEqualTo(before);
		}
		return done;
	}

	/** Inputs that are wrong whatever the graph holds: each must be refused and change nothing. */
	private String invalid(List<Customer> active) {
		String some = active.isEmpty() ? "c-none" : pick(active).id();
		List<Customer> withRecords = active.stream().filter(c -> !c.records().isEmpty()).toList();
		switch (this.random.nextInt(12)) {
			case 0:
				return attempt("wrong", "merge unknown", () -> this.steward.merge(List.of("c-unknown", some), "x"), Expect.WRONG);
			case 1:
				return attempt("wrong", "merge one", () -> this.steward.merge(List.of(some), "x"), Expect.WRONG);
			case 2:
				return attempt("wrong", "merge with itself", () -> this.steward.merge(List.of(some, some), "x"), Expect.WRONG);
			case 3:
				return attempt("wrong", "merge without reason", () -> this.steward.merge(List.of(some, "c-unknown"), " "), Expect.WRONG);
			case 4:
				if (withRecords.isEmpty()) {
					return "invalid split: no records";
				}
				Customer whole = pick(withRecords);
				return attempt("wrong", "split everything off " + whole.id(),
						() -> this.steward.split(whole.id(), whole.records(), "x"), Expect.WRONG);
			case 5:
				if (withRecords.size() < 2) {
					return "invalid split: one customer";
				}
				Customer owner = withRecords.get(0);
				Customer other = withRecords.get(1);
				return attempt("wrong", "split " + owner.id() + " with a record of " + other.id(),
						() -> this.steward.split(owner.id(), List.of(other.records().get(0)), "x"), Expect.WRONG);
			case 6:
				return attempt("wrong", "split unknown record", () -> this.steward.split(some, List.of("r-unknown"), "x"), Expect.WRONG);
			case 7:
				return attempt("wrong", "ban with itself", () -> this.steward.ban(some, some, "x"), Expect.WRONG);
			case 8:
				return attempt("wrong", "ban unknown", () -> this.steward.ban(some, "r-unknown", "x"), Expect.WRONG);
			case 9:
				return attempt("wrong", "undo unknown", () -> this.steward.undo("sa-unknown"), Expect.WRONG);
			case 10:
				return attempt("wrong", "undo blank", () -> this.steward.undo(" "), Expect.WRONG);
			default:
				List<Customer> anonymous = active.stream().filter(c -> c.records().isEmpty()).toList();
				if (anonymous.isEmpty() || withRecords.isEmpty()) {
					return "invalid ban: no anonymous profile";
				}
				String profile = pick(anonymous).id();
				String known = pick(withRecords).id();
				return attempt("wrong", "ban recordless " + profile, () -> this.steward.ban(profile, known, "x"), Expect.WRONG);
		}
	}

	/**
	 * Runs a steward call: a refusal must change nothing; an input that is wrong must be refused. Valid
	 * steps are counted taken or refused by kind.
	 */
	private String attempt(String kind, String description, Supplier<StewardActionView> call, Expect expect) {
		List<String> before = this.fingerprint.of();
		List<String> comparable = withoutBookkeeping();
		StewardActionView done;
		try {
			done = call.get();
		}
		catch (InvalidInputException refused) {
			assertThat(this.fingerprint.of()).as(description + " was refused and must change nothing").isEqualTo(before);
			if (expect == Expect.VALID) {
				this.outcomes.merge(kind + " refused", 1, Integer::sum);
			}
			return description + " refused: " + refused.getMessage();
		}
		assertThat(expect).as(description + " must be refused").isNotEqualTo(Expect.WRONG);
		if (expect == Expect.VALID) {
			this.outcomes.merge(kind + " taken", 1, Integer::sum);
		}
		this.actions.add(done.id());
		this.lastAction = done.id();
		this.fingerprintBeforeLast = comparable;
		return description + " -> " + done.id();
	}

	/** The customer a customer id resolves to now (following merges), or null. */
	private String survivor(String customerId) {
		try (Session session = this.driver.session()) {
			var rows = session.run("""
					MATCH (c:Customer {id: $id})-[:MERGED_INTO*0..50]->(s:Customer {status: 'ACTIVE'})
					RETURN s.id AS id""", Map.of("id", customerId)).list(r -> r.get("id").asString());
			return rows.size() == 1 ? rows.get(0) : null;
		}
	}

	private String customerOfRecord(String recordId) {
		try (Session session = this.driver.session()) {
			var rows = session.run("MATCH (:SourceRecord {id: $id})-[:BELONGS_TO]->(c:Customer) RETURN c.id AS id",
					Map.of("id", recordId)).list(r -> r.get("id").asString());
			return rows.size() == 1 ? rows.get(0) : "on " + rows.size() + " customers";
		}
	}

	/**
	 * The fingerprint without the steward's own bookkeeping: an undo records itself and marks the action it
	 * undid, stamps the customers it touched with a new {@code updatedAt} and gives the records it moved back
	 * a membership whose provenance ({@code BELONGS_TO} at, reason) names the undo, which is the point, so
	 * those nodes (and their edges) and those properties are left out of "restores the graph".
	 */
	private List<String> withoutBookkeeping() {
		return this.fingerprint.of()
			.stream()
			.filter(line -> !line.contains("StewardAction"))
			.map(line -> line.replaceAll("updatedAt=[^,}]*", "updatedAt=*").replaceAll("BELONGS_TO\\{[^}]*}", "BELONGS_TO{*}"))
			.sorted()
			.toList();
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

}
