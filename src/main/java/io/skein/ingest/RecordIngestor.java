package io.skein.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.Holder;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.IdentityWorkspace;
import io.skein.identity.Ids;
import io.skein.identity.Normalised;
import io.skein.identity.PersonName;
import io.skein.identity.WriteLocks;
import io.skein.identity.resolution.BlockKeyIndex;
import io.skein.identity.resolution.NationalIdDigests;
import io.skein.identity.resolution.RealtimeResolution;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Writes one customer record: stores it as received (national id replaced by its salted hash), with its
 * identifiers and holdings, then lets identity stitch it. Replaying an identical record changes nothing;
 * a changed record replaces the stored version and is stitched again, keeping the stored date of birth,
 * e-mail, phone or national id where it brings a malformed one ({@link LastValidValues}).
 */
@Component
class RecordIngestor {

	private final IdentifierNormaliser normaliser;

	private final IdentityStitcher stitcher;

	private final Clock clock;

	private final BlockKeyIndex blockKeys;

	private final NamedQuery upsert;

	private final RealtimeResolution resolution;

	private final NationalIdDigests nationalIds;

	private final WriteLocks locks;

	RecordIngestor(CypherQueries queries, IdentifierNormaliser normaliser, IdentityStitcher stitcher,
			Clock clock, BlockKeyIndex blockKeys, RealtimeResolution resolution, NationalIdDigests nationalIds,
			WriteLocks locks) {
		this.locks = locks;
		this.resolution = resolution;
		this.nationalIds = nationalIds;
		this.normaliser = normaliser;
		this.stitcher = stitcher;
		this.clock = clock;
		this.blockKeys = blockKeys;
		this.upsert = queries.get("ingest/upsert-records");
	}

	/** Everything about a record that needs no store: checked, normalised, ready to write. */
	record Prepared(int index, RecordInput record, String recordId, String payloadJson, String hash,
			String dateOfBirth, List<Identifier> identifiers, List<Map<String, Object>> accounts, List<String> warnings) {
	}

	Prepared prepare(int index, RecordInput record, Map<String, Object> raw) {
		List<String> warnings = new ArrayList<>();
		List<Identifier> identifiers = identifiers(record, warnings);
		String dateOfBirth = dateOfBirth(record.dateOfBirth(), warnings);
		Map<String, Object> payload = new LinkedHashMap<>(raw);
		identifiers.stream()
			.filter(i -> i.type() == IdentifierType.NATIONAL_ID)
			.findFirst()
			.ifPresentOrElse(i -> payload.put("nationalId", "hmac-sha256:" + i.value()), () -> payload.remove("nationalId"));
		String payloadJson = Json.canonical(payload);
		String hash = Json.sha256(payloadJson);
		String recordId = Ids.sourceRecord(record.source(), record.sourceId());
		return new Prepared(index, record, recordId, payloadJson, hash, dateOfBirth, identifiers,
				accounts(record, warnings), warnings);
	}

	/**
	 * Writes prepared records inside the caller's transaction, in order: one query locks and reads what is stored,
	 * one stores every new or changed record with its blocking keys, then identity stitches them through one
	 * workspace. Before a
	 * stored record is replaced, the records its old values held together go to {@code neighbours}: real-time
	 * resolution must resolve them with the batch ({@link RealtimeResolution#neighboursBefore}); so must an
	 * unchanged record whose pairs were never scored, during a bulk import (one killed before its end resolution
	 * stored it: the resolution queue it waited in was in the killed process's memory). The stored
	 * records are write-locked before they are read, and every identifier written before who holds it is read
	 * ({@link WriteLocks}): what keeps concurrent writers apart, in one instance or in several.
	 */
	List<IngestResult> writeAll(Graph.Tx tx, List<Prepared> batch, Consumer<List<String>> neighbours) {
		Instant now = this.clock.instant();
		List<Map<String, Object>> keys = batch.stream()
			.map(p -> Map.<String, Object>of("source", p.record().source(), "sourceId", p.record().sourceId()))
			.toList();
		Map<String, Record> stored = new HashMap<>();
		for (Record row : this.locks.records(tx, keys)) {
			stored.put(row.get("source").asString() + "\u001f" + row.get("sourceId").asString(), row);
		}
		Map<String, String> hashes = new HashMap<>();
		stored.forEach((key, row) -> hashes.put(key, row.get("payloadHash").asString(null)));
		List<Map<String, Object>> rows = new ArrayList<>();
		boolean[] changed = new boolean[batch.size()];
		boolean[] existed = new boolean[batch.size()];
		LastValidValues.Written[] written = new LastValidValues.Written[batch.size()];
		Map<String, LastValidValues.Written> earlier = new HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			Prepared p = batch.get(i);
			String key = p.record().source() + "\u001f" + p.record().sourceId();
			existed[i] = hashes.containsKey(key);
			changed[i] = !p.hash().equals(hashes.get(key));
			if (changed[i]) {
				Record found = stored.get(key);
				// A malformed optional value in an update keeps the last valid one (issue 13, finding 9).
				LastValidValues.Stored last = earlier.containsKey(key) ? earlier.get(key).asStored(this.nationalIds)
						: found == null ? null : LastValidValues.Stored.of(found);
				LastValidValues.Written w = last == null ? LastValidValues.fresh(p)
						: LastValidValues.update(p, last, this.normaliser);
				written[i] = w;
				earlier.put(key, w);
				Map<String, Object> props = properties(w.record(), p.recordId(), p.payloadJson(), p.hash(),
						w.dateOfBirth(), w.warnings(), now);
				props.put("firstSeenAt", found == null ? IdentityStitcher.at(now) : found.get("firstSeenAt").asObject());
				// the blocking keys and national-id digests of the record as written, stored by the same statement
				Map<String, Object> row = new HashMap<>(this.blockKeys.rowFor(new BlockKeyIndex.Stored(p.recordId(),
						w.record(), w.keptNationalId())));
				row.put("source", p.record().source());
				row.put("sourceId", p.record().sourceId());
				row.put("props", props);
				row.put("identifiers", w.identifiers().stream().map(Identifier::asParameter).toList());
				row.put("accounts", p.accounts());
				rows.add(row);
				hashes.put(key, p.hash());
			}
		}
		List<Identifier> writing = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (changed[i]) {
				writing.addAll(written[i].identifiers());
			}
		}
		this.locks.identifiers(tx, writing);
		List<String> replaced = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (changed[i] && existed[i]) {
				replaced.add(batch.get(i).recordId());
			}
		}
		if (!replaced.isEmpty()) {
			neighbours.accept(this.resolution.neighboursBefore(tx, replaced));
		}
		if (!rows.isEmpty()) {
			tx.run(this.upsert, Map.of("rows", rows));
		}
		List<Identifier> prefetch = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			prefetch.addAll(changed[i] ? written[i].identifiers() : batch.get(i).identifiers());
		}
		IdentityWorkspace ws = this.stitcher.workspace(tx, now);
		ws.prefetch(prefetch);
		IngestResult[] results = new IngestResult[batch.size()];
		Map<String, String> customerOfRecord = new HashMap<>();
		List<String> unchangedCustomers = new ArrayList<>();
		List<String> unscored = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Prepared p = batch.get(i);
			String key = p.record().source() + "\u001f" + p.record().sourceId();
			Record found = stored.get(key);
			if (!changed[i]) {
				String customerId = customerOfRecord.getOrDefault(key,
						found == null ? null : found.get("customerId").asString(null));
				if (found != null && found.get("unscored").asBoolean(false) && this.resolution.isHeld()) {
					// stored by an import killed before its end resolution: this import's end resolution takes it
					unscored.add(p.recordId());
				}
				unchangedCustomers.add(customerId);
				results[i] = new IngestResult(p.index(), IngestStatus.UNCHANGED, customerId, p.warnings(), List.of());
				continue;
			}
			Holder current = currentCustomer(ws, customerOfRecord.get(key), found);
			IdentityStitcher.Outcome outcome = this.stitcher.stitchRecord(ws, p.recordId(), current,
					written[i].identifiers(), PersonName.of(p.record().firstName(), p.record().lastName()));
			customerOfRecord.put(key, outcome.customerId());
			List<String> warnings = new ArrayList<>(written[i].warnings());
			warnings.addAll(outcome.warnings());
			results[i] = new IngestResult(p.index(), existed[i] || i > firstIndexOf(batch, key) ? IngestStatus.UPDATED
					: IngestStatus.CREATED, outcome.customerId(), List.copyOf(warnings), List.of());
		}
		ws.flush();
		if (!unscored.isEmpty()) {
			neighbours.accept(unscored);
		}
		Map<String, String> resolved = ws.resolveStored(unchangedCustomers.stream().filter(java.util.Objects::nonNull).toList());
		List<IngestResult> out = new ArrayList<>();
		for (IngestResult r : results) {
			String id = r.customerId() == null ? null : resolved.getOrDefault(r.customerId(), ws.resolve(r.customerId()));
			out.add(new IngestResult(r.index(), r.status(), id, r.warnings(), r.errors()));
		}
		return out;
	}

	private static Holder currentCustomer(IdentityWorkspace ws, String assignedInBatch, Record found) {
		if (assignedInBatch != null) {
			return ws.asHolder(assignedInBatch, null, false);
		}
		if (found == null || found.get("customerId").isNull()) {
			return null;
		}
		return ws.asHolder(found.get("customerId").asString(), found.get("createdAt").asZonedDateTime().toInstant(),
				"ANONYMOUS".equals(found.get("kind").asString(null)));
	}

	private static int firstIndexOf(List<Prepared> batch, String key) {
		for (int i = 0; i < batch.size(); i++) {
			if ((batch.get(i).record().source() + "\u001f" + batch.get(i).record().sourceId()).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private List<Identifier> identifiers(RecordInput record, List<String> warnings) {
		List<Identifier> identifiers = new ArrayList<>();
		this.normaliser.normaliseInto(identifiers, IdentifierType.NATIONAL_ID, "nationalId", record.nationalId(), warnings);
		this.normaliser.normaliseInto(identifiers, IdentifierType.EMAIL, "email", record.email(), warnings);
		this.normaliser.normaliseInto(identifiers, IdentifierType.PHONE, "phone", record.phone(), warnings);
		for (int i = 0; i < record.accounts().size(); i++) {
			this.normaliser.normaliseInto(identifiers, IdentifierType.ACCOUNT_NUMBER, "accounts[" + i + "].accountNumber",
					record.accounts().get(i).accountNumber(), warnings);
		}
		return identifiers.stream().distinct().toList();
	}

	private static String dateOfBirth(String raw, List<String> warnings) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(raw.strip());
			if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
				warnings.add("dateOfBirth: out of range (" + raw + "); kept raw");
				return null;
			}
			return date.toString();
		}
		catch (DateTimeException ex) {
			warnings.add("dateOfBirth: not a date in YYYY-MM-DD (" + raw + "); kept raw");
			return null;
		}
	}

	static Map<String, Object> properties(RecordInput r, String recordId, String payloadJson, String hash,
			String dateOfBirth, List<String> warnings, Instant now) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", recordId);
		props.put("source", r.source());
		props.put("sourceId", r.sourceId());
		props.put("payload", payloadJson);
		props.put("payloadHash", hash);
		props.put("receivedAt", IdentityStitcher.at(now));
		props.put("warnings", List.copyOf(warnings));
		putIfPresent(props, "firstName", r.firstName());
		putIfPresent(props, "middleName", r.middleName());
		putIfPresent(props, "lastName", r.lastName());
		putIfPresent(props, "fullName", r.fullName() != null ? r.fullName() : composeName(r));
		putIfPresent(props, "dateOfBirth", dateOfBirth);
		putIfPresent(props, "dateOfBirthRaw", dateOfBirth == null ? r.dateOfBirth() : null);
		putIfPresent(props, "gender", r.gender());
		putIfPresent(props, "email", r.email());
		putIfPresent(props, "phone", r.phone());
		if (r.address() != null) {
			RecordInput.Address a = r.address();
			putIfPresent(props, "addressLine1", a.line1());
			putIfPresent(props, "addressLine2", a.line2());
			putIfPresent(props, "city", a.city());
			putIfPresent(props, "postcode", a.postcode());
			putIfPresent(props, "addressKey", AddressKey.of(a.postcode(), a.line1()));
			putIfPresent(props, "state", a.state());
			putIfPresent(props, "country", a.country());
		}
		if (!r.attributes().isEmpty()) {
			props.put("attributes", Json.canonical(r.attributes()));
			props.putAll(PropertyValues.prefixed("attr.", r.attributes()));
		}
		return props;
	}

	private List<Map<String, Object>> accounts(RecordInput record, List<String> warnings) {
		List<Map<String, Object>> accounts = new ArrayList<>();
		for (int i = 0; i < record.accounts().size(); i++) {
			RecordInput.Account account = record.accounts().get(i);
			Normalised number = this.normaliser.normalise(IdentifierType.ACCOUNT_NUMBER, account.accountNumber());
			if (!number.isValid()) {
				continue;
			}
			Map<String, Object> props = new HashMap<>();
			putIfPresent(props, "openedAt", account.openedAt());
			putIfPresent(props, "closedAt", account.closedAt());
			putIfPresent(props, "balance", account.balance());
			putIfPresent(props, "currency", account.currency());
			putIfPresent(props, "productCode", account.productCode());
			Map<String, Object> param = new HashMap<>();
			param.put("number", number.identifier().value());
			param.put("props", props);
			param.put("productCode", account.productCode());
			if (account.productCode() != null) {
				ProductCatalogue.Product product = ProductCatalogue.lookup(account.productCode());
				param.put("productName", product.name());
				param.put("productCategory", product.category());
				if (!ProductCatalogue.known(account.productCode())) {
					warnings.add("accounts[" + i + "].productCode: unknown product " + account.productCode());
				}
			}
			accounts.add(param);
		}
		return accounts;
	}

	private static String composeName(RecordInput r) {
		String name = String.join(" ", java.util.stream.Stream.of(r.firstName(), r.middleName(), r.lastName())
			.filter(s -> s != null && !s.isBlank())
			.toList());
		return name.isEmpty() ? null : name;
	}

	private static void putIfPresent(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

}
