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

import io.skein.graph.CypherQueries;
import io.skein.graph.Graph;
import io.skein.graph.NamedQuery;
import io.skein.identity.Holder;
import io.skein.identity.Identifier;
import io.skein.identity.IdentifierNormaliser;
import io.skein.identity.IdentifierType;
import io.skein.identity.IdentityStitcher;
import io.skein.identity.Ids;
import io.skein.identity.Normalised;
import io.skein.identity.PersonName;
import io.skein.identity.resolution.BlockKeyIndex;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Writes one customer record: stores it as received (national id replaced by its salted hash), with its
 * identifiers and holdings, then lets identity stitch it. Replaying an identical record changes nothing;
 * a changed record replaces the stored version and is stitched again.
 */
@Component
class RecordIngestor {

	private final IdentifierNormaliser normaliser;

	private final IdentityStitcher stitcher;

	private final Clock clock;

	private final BlockKeyIndex blockKeys;

	private final NamedQuery find;

	private final NamedQuery upsert;

	RecordIngestor(CypherQueries queries, IdentifierNormaliser normaliser, IdentityStitcher stitcher,
			Clock clock, BlockKeyIndex blockKeys) {
		this.normaliser = normaliser;
		this.stitcher = stitcher;
		this.clock = clock;
		this.blockKeys = blockKeys;
		this.find = queries.get("ingest/find-record");
		this.upsert = queries.get("ingest/upsert-record");
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

	/** Writes a prepared record inside the caller's transaction. */
	IngestResult write(Graph.Tx tx, Prepared p) {
		Instant now = this.clock.instant();
		RecordInput record = p.record();
		int index = p.index();
		String hash = p.hash();
		List<String> warnings = new ArrayList<>(p.warnings());
		List<Identifier> identifiers = p.identifiers();
		String recordId = p.recordId();
		{
			List<Record> existing = tx.run(this.find, Map.of("source", record.source(), "sourceId", record.sourceId()));
			Record found = existing.isEmpty() ? null : existing.get(0);
			if (found != null && hash.equals(found.get("payloadHash").asString(null))) {
				String customerId = this.stitcher.resolve(tx, List.of(found.get("customerId").asString()))
					.get(found.get("customerId").asString());
				return new IngestResult(index, IngestStatus.UNCHANGED, customerId, List.copyOf(warnings), List.of());
			}
			Map<String, Object> props = properties(record, recordId, p.payloadJson(), hash, p.dateOfBirth(), warnings, now);
			props.put("firstSeenAt", found == null ? IdentityStitcher.at(now) : found.get("firstSeenAt").asObject());
			tx.run(this.upsert, Map.of("source", record.source(), "sourceId", record.sourceId(), "props", props,
					"identifiers", identifiers.stream().map(Identifier::asParameter).toList(), "accounts",
					p.accounts()));
			this.blockKeys.recordStored(tx, recordId, record);
			Holder current = found == null || found.get("customerId").isNull() ? null
					: new Holder(found.get("customerId").asString(),
							found.get("createdAt").asZonedDateTime().toInstant(), false, null);
			IdentityStitcher.Outcome outcome = this.stitcher.stitchRecord(tx, recordId, current, identifiers,
					PersonName.of(record.firstName(), record.lastName()), now);
			warnings.addAll(outcome.warnings());
			return new IngestResult(index, found == null ? IngestStatus.CREATED : IngestStatus.UPDATED,
					outcome.customerId(), List.copyOf(warnings), List.of());
		}
	}

	private List<Identifier> identifiers(RecordInput record, List<String> warnings) {
		List<Identifier> identifiers = new ArrayList<>();
		add(identifiers, IdentifierType.NATIONAL_ID, "nationalId", record.nationalId(), warnings);
		add(identifiers, IdentifierType.EMAIL, "email", record.email(), warnings);
		add(identifiers, IdentifierType.PHONE, "phone", record.phone(), warnings);
		for (int i = 0; i < record.accounts().size(); i++) {
			add(identifiers, IdentifierType.ACCOUNT_NUMBER, "accounts[" + i + "].accountNumber",
					record.accounts().get(i).accountNumber(), warnings);
		}
		return identifiers.stream().distinct().toList();
	}

	private void add(List<Identifier> out, IdentifierType type, String field, String raw, List<String> warnings) {
		if (raw == null || raw.isBlank()) {
			return;
		}
		Normalised normalised = this.normaliser.normalise(type, raw);
		if (normalised.isValid()) {
			out.add(normalised.identifier());
		}
		else {
			String shown = type == IdentifierType.NATIONAL_ID ? "" : " (" + raw + ")";
			warnings.add(field + ": " + normalised.problem() + shown + "; kept raw, not used to stitch");
		}
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

	private static Map<String, Object> properties(RecordInput r, String recordId, String payloadJson, String hash,
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
