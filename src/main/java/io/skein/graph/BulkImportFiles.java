package io.skein.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph written as CSV files in the format of Neo4j's bulk importer ({@code neo4j-admin database import full},
 * {@link BulkImport}), part by part as it is produced: each part gets a header inferred from its rows' Java values
 * ({@code name:long}, {@code at:datetime}, {@code warnings:string[]}, {@code id:ID(Customer)}), so a part is
 * written and forgotten. Consecutive parts of one group with the same header share a header file. A value
 * {@code null} is not stored, as {@code SET n = $props} would not store it.
 * <p>
 * The format cannot hold an empty array (an empty field is no value): a node with one is written with the
 * label {@value #EMPTY_LISTS_LABEL} and the names of those properties in {@value #EMPTY_LISTS_KEY}, and
 * {@code bootstrap/empty-lists} sets them after the import. Array items are separated by U+001F, which no
 * item may hold.
 */
public final class BulkImportFiles {

	/** Between array items: a control character no text value of ours holds. */
	public static final char ARRAY_DELIMITER = '\u001F';

	/** The importer's option for {@link #ARRAY_DELIMITER}. */
	static final String ARRAY_DELIMITER_OPTION = "U+001F";

	/** Marks a node that has properties to set to empty arrays after the import. */
	public static final String EMPTY_LISTS_LABEL = "BulkImportEmptyLists";

	/** On a node so marked: the names of its properties that are empty arrays. */
	public static final String EMPTY_LISTS_KEY = "bulkImportEmptyLists";

	/** As a node row's key and the id key: the node's id in its id space, not stored as a property. */
	public static final String ID_ONLY = ":ID";

	private final Path dir;

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private int files;

	private boolean multiline;

	private long emptyLists;

	public BulkImportFiles(Path dir) {
		this.dir = dir;
	}

	/** A relationship to write: its ends' ids (in their id spaces) and its properties. */
	public record Relationship(String start, String end, Map<String, Object> props) {

		public Relationship(String start, String end) {
			this(start, end, Map.of());
		}

	}

	/**
	 * Adds nodes with {@code labels}; with {@code idKey}, that property is also the node's id in the id space
	 * {@code idSpace}, by which relationships name it.
	 */
	public void nodes(List<String> labels, String idSpace, String idKey, List<? extends Map<String, ?>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String name = "nodes:" + String.join(":", labels) + ":" + idSpace;
		Group group = this.groups.computeIfAbsent(name, n -> new Group(true, String.join(":", labels)));
		List<Map<String, ?>> part = new ArrayList<>();
		Map<String, String> types = new LinkedHashMap<>();
		for (Map<String, ?> row : rows) {
			if (!fits(row, types)) {
				writeNodes(group, idSpace, idKey, part, types);
				part.clear();
				types.clear();
				fits(row, types);
			}
			part.add(row);
		}
		writeNodes(group, idSpace, idKey, part, types);
	}

	/** Adds relationships of {@code type} from nodes of id space {@code startSpace} to nodes of {@code endSpace}. */
	public void relationships(String type, String startSpace, String endSpace, List<Relationship> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Group group = this.groups.computeIfAbsent("relationships:" + type + ":" + startSpace + ":" + endSpace,
				n -> new Group(false, type));
		List<Relationship> part = new ArrayList<>();
		Map<String, String> types = new LinkedHashMap<>();
		for (Relationship row : rows) {
			if (!fits(row.props(), types)) {
				writeRelationships(group, startSpace, endSpace, part, types);
				part.clear();
				types.clear();
				fits(row.props(), types);
			}
			part.add(row);
		}
		writeRelationships(group, startSpace, endSpace, part, types);
	}

	/** Where the files are. */
	public Path dir() {
		return this.dir;
	}

	/** The import of everything added so far. */
	public BulkImport toImport() {
		List<BulkImport.NodeFile> nodes = new ArrayList<>();
		List<BulkImport.RelationshipFile> relationships = new ArrayList<>();
		for (Group group : this.groups.values()) {
			for (List<Path> files : group.runs()) {
				if (group.nodes) {
					nodes.add(new BulkImport.NodeFile(group.name.isEmpty() ? List.of() : List.of(group.name.split(":")), files));
				}
				else {
					relationships.add(new BulkImport.RelationshipFile(group.name, files));
				}
			}
		}
		return new BulkImport(nodes, relationships, this.multiline);
	}

	/** Nodes written with properties that must become empty arrays after the import. */
	public long emptyLists() {
		return this.emptyLists;
	}

	/**
	 * Whether a row can share a part whose columns have {@code types}: no property of it has another type there
	 * (an empty array fits any array); when it can, its columns are added.
	 */
	private static boolean fits(Map<String, ?> row, Map<String, String> types) {
		Map<String, String> own = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : row.entrySet()) {
			String type = type(entry.getKey(), entry.getValue());
			String known = types.get(entry.getKey());
			if (type == null || known == null || known.equals(type) || type.equals("?[]") && known.endsWith("[]")) {
				if (type != null && known == null) {
					own.put(entry.getKey(), type);
				}
			}
			else if (known.equals("?[]") && type.endsWith("[]")) {
				own.put(entry.getKey(), type);
			}
			else {
				return false;
			}
		}
		types.putAll(own);
		return true;
	}

	private void writeNodes(Group group, String idSpace, String idKey, List<Map<String, ?>> rows,
			Map<String, String> types) {
		if (rows.isEmpty()) {
			return;
		}
		boolean marks = rows.stream().anyMatch(BulkImportFiles::hasEmptyList);
		List<String> keys = new ArrayList<>(types.keySet());
		if (idKey != null && !keys.contains(idKey)) {
			throw new IllegalArgumentException("Bulk import: nodes of " + group.name + " without their id " + idKey);
		}
		List<String> header = new ArrayList<>();
		for (String key : keys) {
			header.add(!key.equals(idKey) ? column(key) + ":" + concrete(types.get(key))
					: key.equals(ID_ONLY) ? ":ID(" + idSpace + ")" : column(key) + ":ID(" + idSpace + ")");
		}
		if (marks) {
			header.add(":LABEL");
			header.add(column(EMPTY_LISTS_KEY) + ":string[]");
		}
		Path data = next(group);
		try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			for (Map<String, ?> row : rows) {
				line.setLength(0);
				List<String> empty = new ArrayList<>();
				for (int i = 0; i < keys.size(); i++) {
					if (i > 0) {
						line.append(',');
					}
					Object value = row.get(keys.get(i));
					if (value instanceof List<?> list && list.isEmpty()) {
						empty.add(keys.get(i));
					}
					else {
						append(line, value);
					}
				}
				if (marks) {
					line.append(',');
					if (!empty.isEmpty()) {
						line.append(EMPTY_LISTS_LABEL).append(',');
						append(line, empty);
						this.emptyLists++;
					}
					else {
						line.append(',');
					}
				}
				out.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		group.add(String.join(",", header), data);
	}

	private void writeRelationships(Group group, String startSpace, String endSpace, List<Relationship> rows,
			Map<String, String> types) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> keys = new ArrayList<>(types.keySet());
		List<String> header = new ArrayList<>(List.of(":START_ID(" + startSpace + ")", ":END_ID(" + endSpace + ")"));
		keys.forEach(key -> header.add(column(key) + ":" + concrete(types.get(key))));
		Path data = next(group);
		try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			for (Relationship row : rows) {
				line.setLength(0);
				append(line, row.start());
				line.append(',');
				append(line, row.end());
				for (String key : keys) {
					Object value = row.props().get(key);
					if (value instanceof List<?> list && list.isEmpty()) {
						throw new IllegalArgumentException("Bulk import: a " + group.name
								+ " relationship's property " + key + " is an empty array, which the format cannot hold");
					}
					line.append(',');
					append(line, value);
				}
				out.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		group.add(String.join(",", header), data);
	}

	private Path next(Group group) {
		try {
			Files.createDirectories(this.dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.dir.resolve(String.format("%05d-%s.csv", this.files++, group.fileName()));
	}

	private static boolean hasEmptyList(Map<String, ?> row) {
		return row.values().stream().anyMatch(v -> v instanceof List<?> list && list.isEmpty());
	}

	/** A column name: the importer reads {@code :} as the start of a type, and the header is CSV too. */
	private static String column(String key) {
		if (key.indexOf(':') >= 0 || key.indexOf(',') >= 0 || key.indexOf('"') >= 0 || key.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("Bulk import: the property name '" + key
					+ "' holds a character the importer's header cannot (: , \" or a line break)");
		}
		return key;
	}

	private static String concrete(String type) {
		return type.equals("?[]") ? "string[]" : type;
	}

	/** The importer's type for a value ({@code ?[]}: an empty array of any type), or null for no value. */
	private static String type(String key, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			String item = null;
			for (Object element : list) {
				String t = scalar(key, element);
				if (item != null && !item.equals(t)) {
					throw new IllegalArgumentException("Bulk import: property " + key + " mixes " + item + " and " + t);
				}
				item = t;
			}
			return (item == null ? "?" : item) + "[]";
		}
		return scalar(key, value);
	}

	private static String scalar(String key, Object value) {
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return "long";
		}
		if (value instanceof Double || value instanceof Float) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return "datetime";
		}
		if (value instanceof LocalDate) {
			return "date";
		}
		if (value instanceof LocalDateTime) {
			return "localdatetime";
		}
		if (value instanceof LocalTime) {
			return "localtime";
		}
		if (value instanceof OffsetTime) {
			return "time";
		}
		throw new IllegalArgumentException("Bulk import: property " + key + " has a value of type "
				+ (value == null ? "null" : value.getClass().getSimpleName()) + ", which the bootstrap does not write");
	}

	private void append(StringBuilder line, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof List<?> list) {
			StringBuilder items = new StringBuilder();
			for (int i = 0; i < list.size(); i++) {
				String item = String.valueOf(list.get(i));
				if (item.indexOf(ARRAY_DELIMITER) >= 0) {
					throw new IllegalArgumentException("Bulk import: an array item holds U+001F, the importer's array delimiter");
				}
				if (i > 0) {
					items.append(ARRAY_DELIMITER);
				}
				items.append(item);
			}
			quote(line, items.toString());
		}
		else if (value instanceof String text) {
			quote(line, text);
		}
		else {
			line.append(value);
		}
	}

	private void quote(StringBuilder line, String text) {
		if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			this.multiline = true;
		}
		line.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
		}
		line.append('"');
	}

	/** The files of one label set or relationship type, in runs that share a header file. */
	private final class Group {

		private final boolean nodes;

		private final String name;

		private final List<List<Path>> runs = new ArrayList<>();

		private String header;

		Group(boolean nodes, String name) {
			this.nodes = nodes;
			this.name = name;
		}

		String fileName() {
			return (this.nodes ? "nodes-" : "rels-") + this.name.replace(':', '-');
		}

		void add(String header, Path data) {
			if (!header.equals(this.header)) {
				Path headerFile = next(this);
				try {
					Files.writeString(headerFile, header + "\n", StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.header = header;
				this.runs.add(new ArrayList<>(List.of(headerFile)));
			}
			this.runs.get(this.runs.size() - 1).add(data);
		}

		List<List<Path>> runs() {
			return this.runs;
		}

	}

}
