package io.skein.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.skein.graph.CypherQueries;
import io.skein.graph.EmbeddedNeo4j;
import io.skein.graph.NamedQuery;
import io.skein.ingest.Json;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The ceiling: what the raw store does with the same input when nothing is resolved. A second, fresh
 * embedded store with the same schema; records and events parsed from the same files and written by plain
 * batched {@code UNWIND ... MERGE} ({@code cypher/bench/ceiling-*.cypher}), each on the customer of its
 * true person. Identifier keys are only trimmed and lower-cased: no validation, no hashing, no stitching.
 */
final class CeilingLoad {

	static final int BATCH = 1000;

	static final int WARM_UP_LINES = 2 * BATCH;

	private final NamedQuery records;

	private final NamedQuery events;

	private final NamedQuery awaitIndexes;

	private final NamedQuery customerCount;

	CeilingLoad(CypherQueries queries) {
		this.records = queries.get("bench/ceiling-records");
		this.events = queries.get("bench/ceiling-events");
		this.awaitIndexes = queries.get("bench/await-indexes");
		this.customerCount = queries.get("cli/customer-count");
	}

	/** What the ceiling wrote and how long each file took. */
	record Result(long records, long events, long recordNanos, long eventNanos, long customers) {

		double recordsPerSecond() {
			return this.records / (this.recordNanos / 1e9);
		}

		double linesPerSecond() {
			return (this.records + this.events) / ((this.recordNanos + this.eventNanos) / 1e9);
		}

	}

	/**
	 * Writes the first lines of each file into a throwaway store, untimed, so the measured load does not pay
	 * for warming the JVM and the Cypher compiler, which the import that follows it would then get for free.
	 */
	void warmUp(Path bankDir, Path scratchDir, long pageCacheMb) {
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(scratchDir, "localhost", 0, pageCacheMb));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			migrate(driver);
			String now = Instant.now().toString();
			write(driver, bankDir.resolve(BankFiles.RECORDS), bankDir.resolve(BankFiles.RECORD_OWNERS), this.records, now,
					CeilingLoad::recordRow, WARM_UP_LINES);
			write(driver, bankDir.resolve(BankFiles.EVENTS), bankDir.resolve(BankFiles.EVENT_OWNERS), this.events, now,
					CeilingLoad::eventRow, WARM_UP_LINES);
		}
	}

	Result load(Path bankDir, Path storeDir, long pageCacheMb) {
		try (EmbeddedNeo4j store = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(storeDir, "localhost", 0, pageCacheMb));
				Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
			migrate(driver);
			String now = Instant.now().toString();
			long t0 = System.nanoTime();
			long records = write(driver, bankDir.resolve(BankFiles.RECORDS), bankDir.resolve(BankFiles.RECORD_OWNERS),
					this.records, now, CeilingLoad::recordRow,
					Long.MAX_VALUE);
			long t1 = System.nanoTime();
			long events = write(driver, bankDir.resolve(BankFiles.EVENTS), bankDir.resolve(BankFiles.EVENT_OWNERS),
					this.events, now, CeilingLoad::eventRow,
					Long.MAX_VALUE);
			long t2 = System.nanoTime();
			long customers;
			try (Session session = driver.session()) {
				customers = session.executeRead(tx -> tx.run(this.customerCount.text()).single().get("active").asLong());
			}
			return new Result(records, events, t1 - t0, t2 - t1, customers);
		}
	}

	private interface RowMaker {

		Map<String, Object> row(Map<String, Object> json, String line, String owner);

	}

	private static long write(Driver driver, Path lines, Path owners, NamedQuery query, String now, RowMaker maker,
			long limit) {
		long n = 0;
		try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8);
				BufferedReader who = Files.newBufferedReader(owners, StandardCharsets.UTF_8);
				Session session = driver.session()) {
			List<Map<String, Object>> batch = new ArrayList<>(BATCH);
			String line;
			while (n < limit && (line = in.readLine()) != null) {
				String owner = who.readLine();
				batch.add(maker.row(Json.parseObject(line), line, "p-" + owner));
				n++;
				if (batch.size() == BATCH) {
					flush(session, query, batch, now);
				}
			}
			flush(session, query, batch, now);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return n;
	}

	private static void flush(Session session, NamedQuery query, List<Map<String, Object>> batch, String now) {
		if (batch.isEmpty()) {
			return;
		}
		Map<String, Object> params = Map.of("rows", List.copyOf(batch), "now", now);
		session.executeWriteWithoutResult(tx -> tx.run(query.text(), params).consume());
		batch.clear();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> recordRow(Map<String, Object> json, String line, String customerId) {
		String source = (String) json.get("source");
		String sourceId = (String) json.get("sourceId");
		Map<String, Object> props = new HashMap<>();
		props.put("id", "r-" + source + ":" + sourceId);
		props.put("source", source);
		props.put("sourceId", sourceId);
		props.put("payload", line);
		for (String field : List.of("firstName", "middleName", "lastName", "fullName", "dateOfBirth", "gender",
				"email", "phone")) {
			if (json.get(field) instanceof String s) {
				props.put(field, s);
			}
		}
		if (json.get("address") instanceof Map<?, ?> address) {
			address.forEach((k, v) -> {
				if (v instanceof String s) {
					props.put(k.equals("line1") ? "addressLine1" : k.equals("line2") ? "addressLine2" : (String) k, s);
				}
			});
		}
		if (json.get("attributes") instanceof Map<?, ?> attributes && !attributes.isEmpty()) {
			props.put("attributes", Json.canonical(attributes));
		}
		List<Map<String, Object>> identifiers = new ArrayList<>();
		identifier(identifiers, "EMAIL", json.get("email"));
		identifier(identifiers, "PHONE", json.get("phone"));
		identifier(identifiers, "NATIONAL_ID", json.get("nationalId"));
		List<Map<String, Object>> accounts = new ArrayList<>();
		if (json.get("accounts") instanceof List<?> list) {
			for (Object item : list) {
				Map<String, Object> account = (Map<String, Object>) item;
				String number = plain(account.get("accountNumber"));
				if (number == null) {
					continue;
				}
				identifier(identifiers, "ACCOUNT_NUMBER", number);
				Map<String, Object> accountProps = new HashMap<>();
				for (String field : List.of("openedAt", "closedAt", "balance", "currency", "productCode")) {
					if (account.get(field) != null) {
						accountProps.put(field, account.get(field));
					}
				}
				Map<String, Object> acc = new HashMap<>();
				acc.put("number", number);
				acc.put("productCode", account.get("productCode"));
				acc.put("props", accountProps);
				accounts.add(acc);
			}
		}
		return Map.of("customerId", customerId, "source", source, "sourceId", sourceId, "props", props,
				"identifiers", identifiers, "accounts", accounts);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> eventRow(Map<String, Object> json, String line, String customerId) {
		Map<String, Object> props = new HashMap<>();
		props.put("type", json.get("type"));
		props.put("channel", String.valueOf(json.get("channel")).toUpperCase(Locale.ROOT));
		Map<String, Object> properties = json.get("properties") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
		props.put("properties", Json.canonical(properties));
		if (properties.get("Page category") instanceof String category) {
			props.put("category", category);
		}
		List<Map<String, Object>> identifiers = new ArrayList<>();
		if (json.get("identifiers") instanceof Map<?, ?> ids) {
			identifier(identifiers, "EMAIL", ids.get("email"));
			identifier(identifiers, "PHONE", ids.get("phone"));
			identifier(identifiers, "ACCOUNT_NUMBER", plain(ids.get("accountNumber")));
		}
		identifier(identifiers, "DEVICE", json.get("deviceId"));
		identifier(identifiers, "COOKIE", json.get("anonymousId"));
		return Map.of("customerId", customerId, "eventId", json.get("eventId"), "at", json.get("at"), "props", props,
				"identifiers", identifiers);
	}

	private static void identifier(List<Map<String, Object>> out, String type, Object raw) {
		if (raw instanceof String s && !s.isBlank()) {
			String value = s.strip().toLowerCase(Locale.ROOT);
			String key = type + ":" + value;
			if (out.stream().noneMatch(i -> key.equals(i.get("key")))) {
				out.add(Map.of("key", key, "type", type, "value", value));
			}
		}
	}

	private static String plain(Object accountNumber) {
		return accountNumber instanceof String s ? s.replaceAll("[^0-9A-Za-z]", "") : null;
	}

	/** The same schema as the store under test: every {@code cypher/migrations/V*.cypher}, then the indexes online. */
	private void migrate(Driver driver) {
		try (Session session = driver.session()) {
			for (Resource migration : migrations()) {
				for (String statement : statements(migration.getContentAsString(StandardCharsets.UTF_8))) {
					session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
				}
			}
			session.executeRead(tx -> tx.run(this.awaitIndexes.text()).consume());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Resource> migrations() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/migrations/V*.cypher"))
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList();
	}

	static List<String> statements(String script) {
		StringBuilder code = new StringBuilder();
		script.lines().filter(l -> !l.strip().startsWith("//")).forEach(l -> code.append(l).append('\n'));
		return Arrays.stream(code.toString().split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
