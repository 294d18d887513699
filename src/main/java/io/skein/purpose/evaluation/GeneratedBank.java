package io.skein.purpose.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.skein.demo.DemoBankGenerator;
import io.skein.demo.GeneratorOptions;
import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.ingest.IngestService;
import io.skein.ingest.Json;
import io.skein.purpose.PurposeService;
import io.skein.purpose.RealtimeUpdates;

import org.springframework.stereotype.Component;

/**
 * A demo bank generated into a temporary directory, read back with its truth, and loaded into the graph
 * through {@link IngestService} with real-time updates paused (derived state is recomputed once after).
 */
@Component
public class GeneratedBank {

	private final IngestService ingest;

	private final RealtimeUpdates realtime;

	private final Graph graph;

	private final NamedQuery customersOfRecords;

	private final PurposeService purposes;

	GeneratedBank(IngestService ingest, RealtimeUpdates realtime, Graph graph, CypherQueries queries,
			PurposeService purposes) {
		this.ingest = ingest;
		this.realtime = realtime;
		this.graph = graph;
		this.customersOfRecords = queries.get("purpose/customers-of-records");
		this.purposes = purposes;
	}

	/** A generated bank in memory: records and events as JSON, records per person, planted purposes. */
	public record Bank(GeneratorOptions options, List<Map<String, Object>> records, List<Map<String, Object>> events,
			Map<String, List<Map<String, Object>>> recordsByPerson, List<String[]> purposes) {

		/** The end of the as-of day: the "now" the bank was generated for. */
		public Instant asOf() {
			return this.options.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
		}

		/** The same bank with other records and events (the truth is kept). */
		public Bank with(List<Map<String, Object>> newRecords, List<Map<String, Object>> newEvents) {
			return new Bank(this.options, newRecords, newEvents, this.recordsByPerson, this.purposes);
		}

	}

	/** A bank loaded into the graph, and the customers each of its people became. */
	public record Loaded(Bank bank, Map<String, List<String>> customers) {
	}

	/**
	 * The set-up both evaluations share: generates a bank, ingests what {@code ingested} makes of it (the
	 * bank itself, or a copy with something held back) into the graph, and recomputes purposes as of the
	 * bank's date. Empty, and nothing generated, when the graph already holds data.
	 */
	public Optional<Loaded> loadFresh(GeneratorOptions options, UnaryOperator<Bank> ingested) {
		if (!this.purposes.graphIsEmpty()) {
			return Optional.empty();
		}
		Bank bank = generate(options);
		Bank in = ingested.apply(bank);
		load(in.records(), in.events());
		this.purposes.recomputeAll(bank.asOf());
		return Optional.of(new Loaded(bank, customersOf(bank.recordsByPerson())));
	}

	public Bank generate(GeneratorOptions options) {
		try {
			Path dir = Files.createTempDirectory("skein-eval-bank");
			new DemoBankGenerator(options).writeTo(dir);
			List<Map<String, Object>> records = ndjson(dir.resolve("records.ndjson"));
			List<String> truthPeople = Files.readAllLines(dir.resolve("truth/people.csv"));
			Map<String, List<Map<String, Object>>> byPerson = new LinkedHashMap<>();
			for (int i = 1; i < truthPeople.size(); i++) {
				String personId = truthPeople.get(i).split(",", 2)[0];
				byPerson.computeIfAbsent(personId, k -> new ArrayList<>()).add(records.get(i - 1));
			}
			List<String[]> purposes = Files.readAllLines(dir.resolve("truth/purposes.csv")).stream().skip(1)
				.map(l -> l.split(",", -1)).toList();
			return new Bank(options, records, ndjson(dir.resolve("events.ndjson")), byPerson, purposes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ingests records then events in batches, real-time updates paused. */
	public void load(List<Map<String, Object>> records, List<Map<String, Object>> events) {
		try (RealtimeUpdates.Pause pause = this.realtime.pause()) {
			ingest(records, IngestService.Item.Kind.RECORD);
			ingest(events, IngestService.Item.Kind.EVENT);
		}
	}

	/** The customer each person's records belong to now (distinct, in record order). */
	public Map<String, List<String>> customersOf(Map<String, List<Map<String, Object>>> recordsByPerson) {
		List<Map<String, Object>> keys = new ArrayList<>();
		recordsByPerson.values().forEach(rs -> rs.forEach(r -> keys.add(Map.of("source", r.get("source"), "sourceId",
				r.get("sourceId")))));
		Map<String, String> byRecord = new HashMap<>();
		for (int from = 0; from < keys.size(); from += 1000) {
			this.graph.query(this.customersOfRecords, Map.of("records", keys.subList(from, Math.min(keys.size(), from + 1000))),
					r -> byRecord.put(r.get("source").asString() + "|" + r.get("sourceId").asString(),
							r.get("customerId").asString()));
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		recordsByPerson.forEach((person, rs) -> out.put(person, rs.stream()
			.map(r -> byRecord.get(r.get("source") + "|" + r.get("sourceId")))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()));
		return out;
	}

	private void ingest(List<Map<String, Object>> items, IngestService.Item.Kind kind) {
		for (int from = 0; from < items.size(); from += 1000) {
			List<IngestService.Item> batch = new ArrayList<>();
			for (int i = from; i < Math.min(items.size(), from + 1000); i++) {
				batch.add(new IngestService.Item(i, kind, items.get(i), "line " + (i + 1)));
			}
			this.ingest.ingest(batch);
		}
	}

	private static List<Map<String, Object>> ndjson(Path file) throws IOException {
		List<Map<String, Object>> out = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				out.add(Json.parseObject(line));
			}
		}
		return out;
	}

}
