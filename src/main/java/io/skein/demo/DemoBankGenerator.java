package io.skein.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.skein.ingest.EventInput;
import io.skein.ingest.RecordInput;

/**
 * Generates the demo bank, household by household: Alice first, then households of one to three people,
 * each with its records, its events in time order and the truth about both. Deterministic: the same
 * options give byte-identical output; nothing depends on the clock or on hash ordering. Streams, so the
 * size of a generation is bounded by disk, not memory.
 */
public final class DemoBankGenerator {

	private static final int[] HOUSEHOLD_SIZE_SHARES = { 58, 32, 10 };

	private final GeneratorOptions options;

	private final EventWindow window;

	public DemoBankGenerator(GeneratorOptions options) {
		this.options = options;
		this.window = EventWindow.of(options);
	}

	/** Writes the bank, its truth and a README into {@code dir} (created if need be). */
	public GenerationSummary writeTo(Path dir) {
		GenerationSummary counts;
		List<Path> files;
		try (NdjsonFiles sink = new NdjsonFiles(dir)) {
			counts = generate(sink);
			files = new ArrayList<>(sink.files());
		}
		Path readme = dir.resolve("README.md");
		try {
			Files.writeString(readme, SeedDataReadme.text(this.options, counts));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		files.add(readme);
		return new GenerationSummary(counts.people(), counts.records(), counts.events(), counts.purposes(),
				List.copyOf(files));
	}

	/** Streams every record, event and truth row into {@code sink}, person by person. */
	public GenerationSummary generate(DemoBankSink sink) {
		IdentifierMint mint = new IdentifierMint();
		PortfolioFactory portfolios = new PortfolioFactory(mint, this.window);
		PeopleFactory people = new PeopleFactory(this.options, portfolios);
		RecordFactory recordFactory = new RecordFactory(mint);
		PurposePlanner planner = new PurposePlanner(this.window);
		Counter counter = new Counter(sink, this.window);

		Person alice = Alice.person(mint.nextAccountNumber());
		List<RecordInput> aliceRecords = Alice.records(alice);
		Touchpoints aliceTouch = Touchpoints.plain(alice, aliceRecords, Alice.COOKIE, Alice.DEVICE);
		Alice.live(alice, this.window, aliceTouch);
		Consents.give(alice, Alice.PERSON_NUMBER, this.options.seed(), this.window, aliceTouch);
		counter.person(alice, aliceRecords, Alice.purposes(this.window), aliceTouch);

		Dice sizes = new Dice(Dice.mix(this.options.seed()));
		long personNumber = Alice.PERSON_NUMBER + 1;
		for (long household = 1; personNumber <= this.options.people(); household++) {
			int size = Math.min(1 + sizes.weighted(HOUSEHOLD_SIZE_SHARES),
					(int) (this.options.people() - personNumber + 1));
			Dice dice = Dice.forPart(this.options.seed(), household);
			for (Person member : people.household(household, personNumber, size, dice)) {
				List<PlannedPurpose> plans = planner.plan(member, dice);
				Person person = portfolios.withConversions(member, plans, dice);
				List<RecordInput> records = recordFactory.records(person, personNumber, dice);
				Touchpoints touch = new Touchpoints(person, records, dice);
				Journeys journeys = new Journeys(this.window, dice, touch);
				plans.forEach(journeys::play);
				new Routine(this.window, dice, touch).live();
				Consents.give(person, personNumber, this.options.seed(), this.window, touch);
				counter.person(person, records, plans, touch);
				personNumber++;
			}
		}
		return counter.summary();
	}

	/** Numbers events in file order, collects each purpose's evidence and counts what went out. */
	private static final class Counter {

		private final DemoBankSink sink;

		private long people;

		private long records;

		private long events;

		private long purposes;

		private final EventWindow window;

		Counter(DemoBankSink sink, EventWindow window) {
			this.sink = sink;
			this.window = window;
		}

		void person(Person person, List<RecordInput> personRecords, List<PlannedPurpose> plans, Touchpoints touch) {
			this.people++;
			for (RecordInput record : personRecords) {
				this.sink.record(person.id(), record);
				this.records++;
			}
			Map<PurposeType, List<String>> evidence = new EnumMap<>(PurposeType.class);
			Map<PurposeType, Instant> lastStep = new EnumMap<>(PurposeType.class);
			for (EventDraft draft : touch.inOrder()) {
				String eventId = String.format("ev-%06d", ++this.events);
				this.sink.event(new EventInput(eventId, draft.type(), DateTimeFormatter.ISO_INSTANT.format(draft.at()),
						draft.channel(), draft.anonymousId(), draft.deviceId(), draft.identifiers(), draft.properties()));
				if (draft.evidenceOf() != null) {
					evidence.computeIfAbsent(draft.evidenceOf(), type -> new ArrayList<>()).add(eventId);
					lastStep.merge(draft.evidenceOf(), draft.at(), (a, b) -> a.isAfter(b) ? a : b);
				}
			}
			for (PlannedPurpose plan : plans) {
				Stage stage = plan.stage().asOf(lastStep.get(plan.type()), this.window);
				this.sink.purpose(new PurposeTruth(person.id(), plan.type().code, stage.code(),
						evidence.getOrDefault(plan.type(), List.of())));
				this.purposes++;
			}
		}

		GenerationSummary summary() {
			return new GenerationSummary(this.people, this.records, this.events, this.purposes, List.of());
		}

	}

}
