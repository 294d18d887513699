package io.skein.ingest;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.skein.graph.BulkImportFiles;
import io.skein.graph.BulkImportFiles.Relationship;

/**
 * A bootstrap's graph written as files for Neo4j's bulk importer ({@link BulkImportFiles}): the same nodes,
 * relationships and properties the {@code cypher/bootstrap/create-*} statements would create from the same
 * rows ({@link TransactionalBootstrapStore}), each batch written as it comes. Accounts and products, which
 * records share and later records update ({@code MERGE … SET a += props}), are kept until the end. What loads
 * the files — the embedded store, or {@code neo4j-admin database import} for a server — is the caller's.
 */
final class BulkBootstrapStore implements BootstrapStore {

	/** Identifier types with a label of their own, as {@code bootstrap/create-identifiers} gives them. */
	private static final Map<String, String> IDENTIFIER_LABELS = Map.of("EMAIL", "Email", "PHONE", "Phone",
			"NATIONAL_ID", "NationalId", "ACCOUNT_NUMBER", "AccountNumber", "DEVICE", "Device", "COOKIE", "Cookie");

	/** Every label this store's files give a node: a bulk load cannot carry over a node that has one. */
	static final List<String> LABELS = List.of("SourceRecord", "Customer", "Identifier", "BlockKey", "Interaction",
			"Merge", "Account", "Product", "ChangeEvent", BulkImportFiles.EMPTY_LISTS_LABEL);

	private final BulkImportFiles files;

	/** Accounts by number: their properties as every record holding them left them, in input order. */
	private final Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();

	/** Products by code, as their first record created them. */
	private final Map<String, Map<String, Object>> products = new LinkedHashMap<>();

	/** Each account's products, with the record that first named the pair. */
	private final Map<String, Map<String, String>> ofProduct = new LinkedHashMap<>();

	BulkBootstrapStore(Path dir) {
		this.files = new BulkImportFiles(dir);
	}

	/** The files written; complete after {@link #finish}. */
	BulkImportFiles files() {
		return this.files;
	}

	@Override
	public void records(List<Map<String, Object>> identifiers, List<String> blockKeys, List<Map<String, Object>> records) {
		identifiers(identifiers);
		this.files.nodes(List.of("BlockKey"), "BlockKey", "key", blockKeys.stream().map(k -> Map.of("key", k)).toList());
		List<Map<String, Object>> nodes = new ArrayList<>(records.size());
		List<Relationship> hasIdentifier = new ArrayList<>();
		List<Relationship> hasBlockKey = new ArrayList<>();
		List<Relationship> holds = new ArrayList<>();
		for (Map<String, Object> row : records) {
			Map<String, Object> props = new LinkedHashMap<>(props(row, "props"));
			props.put("nationalIdDigest", row.get("nationalIdDigest"));
			props.put("nationalIdVariants", row.get("nationalIdVariants"));
			String id = (String) props.get("id");
			nodes.add(props);
			for (Object key : (List<?>) row.get("identifiers")) {
				hasIdentifier.add(new Relationship(id, (String) key, Map.of("assertedBy", id)));
			}
			for (Object key : (List<?>) row.get("blockKeys")) {
				hasBlockKey.add(new Relationship(id, (String) key));
			}
			holds.addAll(accounts(id, (List<?>) row.get("accounts")));
		}
		this.files.nodes(List.of("SourceRecord"), "SourceRecord", "id", nodes);
		this.files.relationships("HAS_IDENTIFIER", "SourceRecord", "Identifier", hasIdentifier);
		this.files.relationships("HAS_BLOCK_KEY", "SourceRecord", "BlockKey", hasBlockKey);
		this.files.relationships("HOLDS", "SourceRecord", "Account", holds);
	}

	@Override
	public void events(List<Map<String, Object>> identifiers, List<Map<String, Object>> interactions) {
		identifiers(identifiers);
		List<Map<String, Object>> nodes = new ArrayList<>(interactions.size());
		List<Relationship> identifiedBy = new ArrayList<>();
		for (Map<String, Object> row : interactions) {
			Map<String, Object> props = new LinkedHashMap<>();
			String eventId = (String) row.get("eventId");
			props.put("eventId", eventId);
			props.putAll(props(row, "props"));
			nodes.add(props);
			for (Object key : (List<?>) row.get("identifiers")) {
				identifiedBy.add(new Relationship(eventId, (String) key));
			}
		}
		this.files.nodes(List.of("Interaction"), "Interaction", "eventId", nodes);
		this.files.relationships("IDENTIFIED_BY", "Interaction", "Identifier", identifiedBy);
	}

	@Override
	public void finish(Final rows) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		List<Map<String, Object>> customers = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		for (Map<String, Object> row : rows.customers()) {
			Map<String, Object> props = props(row, "props");
			customers.add(props);
			changes.add(change(props.get("id"), 1L, "CREATED", now, values("kind", props.get("kind"))));
		}
		this.files.nodes(List.of("Customer"), "Customer", "id", customers);
		this.files.relationships("BELONGS_TO", "SourceRecord", "Customer", rows.recordEdges().stream()
			.map(e -> new Relationship((String) e.get("recordId"), (String) e.get("customerId"),
					values("at", e.get("at"), "reason", e.get("reason"))))
			.toList());
		merges(rows.merges(), changes, now);
		this.files.nodes(List.of("ChangeEvent", "PendingChange"), "ChangeEvent", null, changes);
		this.files.relationships("OF_CUSTOMER", "Interaction", "Customer", rows.interactionOwners().stream()
			.map(o -> new Relationship((String) o.get("eventId"), (String) o.get("customerId")))
			.toList());
		this.files.relationships("SEEN_FOR", "Identifier", "Customer", rows.seenFor().stream()
			.map(s -> new Relationship((String) s.get("key"), (String) s.get("customerId"), values("firstSeen",
					s.get("firstSeen"), "lastSeen", s.get("lastSeen"), "assertedBy", s.get("assertedBy"))))
			.toList());
		accountsAndProducts();
	}

	/** As {@code bootstrap/create-merges}: a Merge node, its SURVIVOR, ABSORBED and MERGED_INTO edges, a MERGED change. */
	private void merges(List<Map<String, Object>> merges, List<Map<String, Object>> changes, ZonedDateTime now) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Relationship> survivor = new ArrayList<>();
		List<Relationship> absorbed = new ArrayList<>();
		List<Relationship> mergedInto = new ArrayList<>();
		for (Map<String, Object> row : merges) {
			String mergeId = (String) row.get("mergeId");
			String survivorId = (String) row.get("survivorId");
			Map<String, Object> merge = new LinkedHashMap<>();
			merge.put("id", mergeId);
			merge.put("at", row.get("at"));
			merge.put("reason", row.get("reason"));
			merge.put("survivorId", survivorId);
			merge.put("absorbedIds", row.get("absorbedIds"));
			merge.put("triggeredBy", row.get("triggeredBy"));
			nodes.add(merge);
			survivor.add(new Relationship(mergeId, survivorId));
			changes.add(change(survivorId, ((Number) row.get("seq")).longValue(), "MERGED", now,
					values("mergeId", mergeId, "absorbedIds", row.get("absorbedIds"))));
			for (Object id : (List<?>) row.get("absorbedIds")) {
				absorbed.add(new Relationship(mergeId, (String) id));
				mergedInto.add(new Relationship((String) id, survivorId));
			}
		}
		this.files.nodes(List.of("Merge"), "Merge", "id", nodes);
		this.files.relationships("SURVIVOR", "Merge", "Customer", survivor);
		this.files.relationships("ABSORBED", "Merge", "Customer", absorbed);
		this.files.relationships("MERGED_INTO", "Customer", "Customer", mergedInto);
	}

	/** A change feed event as the create statements write it ({@code at} is the transaction's time there). */
	private static Map<String, Object> change(Object customerId, long seq, String type, ZonedDateTime at,
			Map<String, Object> more) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("id", UUID.randomUUID().toString());
		change.put("customerId", customerId);
		change.put("seq", seq);
		change.put("type", type);
		change.put("at", at);
		change.putAll(more);
		return change;
	}

	private void identifiers(List<Map<String, Object>> identifiers) {
		Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
		for (Map<String, Object> identifier : identifiers) {
			byLabel.computeIfAbsent(IDENTIFIER_LABELS.getOrDefault((String) identifier.get("type"), ""), l -> new ArrayList<>())
				.add(identifier);
		}
		byLabel.forEach((label, rows) -> this.files.nodes(label.isEmpty() ? List.of("Identifier")
				: List.of("Identifier", label), "Identifier", "key", rows));
	}

	/**
	 * A record's HOLDS edges, as {@code MERGE (r)-[h:HOLDS]->(a) SET h.assertedBy = r.id, h += props}: one per
	 * account however often the record names it; the accounts' and products' state kept for the end.
	 */
	private List<Relationship> accounts(String recordId, List<?> accounts) {
		Map<String, Map<String, Object>> held = new LinkedHashMap<>();
		for (Object item : accounts) {
			Map<String, Object> account = cast(item);
			String number = (String) account.get("number");
			Map<String, Object> props = props(account, "props");
			Map<String, Object> node = this.accounts.computeIfAbsent(number, n -> new LinkedHashMap<>(Map.of("number", n)));
			node.putAll(props);
			Map<String, Object> edge = held.computeIfAbsent(number, n -> new LinkedHashMap<>());
			edge.put("assertedBy", recordId);
			edge.putAll(props);
			String code = (String) account.get("productCode");
			if (code != null) {
				this.products.computeIfAbsent(code, c -> {
					Map<String, Object> product = new HashMap<>();
					product.put("code", c);
					product.put("name", account.get("productName"));
					product.put("category", account.get("productCategory"));
					return product;
				});
				this.ofProduct.computeIfAbsent(number, n -> new LinkedHashMap<>()).putIfAbsent(code, recordId);
			}
		}
		List<Relationship> holds = new ArrayList<>();
		held.forEach((number, props) -> holds.add(new Relationship(recordId, number, props)));
		return holds;
	}

	private void accountsAndProducts() {
		this.files.nodes(List.of("Account"), "Account", "number", List.copyOf(this.accounts.values()));
		this.files.nodes(List.of("Product"), "Product", "code", List.copyOf(this.products.values()));
		List<Relationship> ofProduct = new ArrayList<>();
		this.ofProduct.forEach((number, codes) -> codes
			.forEach((code, recordId) -> ofProduct.add(new Relationship(number, code, Map.of("assertedBy", recordId)))));
		this.files.relationships("OF_PRODUCT", "Account", "Product", ofProduct);
	}

	/** Properties by name, a null value meaning none (as a Cypher map literal's null is not stored). */
	private static Map<String, Object> values(Object... namesAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return values;
	}

	private static Map<String, Object> props(Map<String, Object> row, String key) {
		return cast(row.get(key));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

}
