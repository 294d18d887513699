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
 * {@link BulkImport}) as it is produced, row by row, into one open part per label set or relationship type, whose
 * header is inferred from its rows' Java values ({@code name:long}, {@code at:datetime}, {@code warnings:string[]},
 * {@code id:ID(Customer)}) and written when the part closes: nothing is held. A value {@code null} is not stored,
 * as {@code SET n = $props} would not store it. Not thread-safe: one writer at a time.
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
		Group group = this.groups.computeIfAbsent("nodes:" + String.join(":", labels) + ":" + idSpace,
				n -> new Group(true, String.join(":", labels), idSpace, idKey, null));
		for (Map<String, ?> row : rows) {
			group.write(row, row, null);
		}
	}

	/** Adds relationships of {@code type} from nodes of id space {@code startSpace} to nodes of {@code endSpace}. */
	public void relationships(String type, String startSpace, String endSpace, List<Relationship> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Group group = this.groups.computeIfAbsent("relationships:" + type + ":" + startSpace + ":" + endSpace,
				n -> new Group(false, type, startSpace, null, endSpace));
		for (Relationship row : rows) {
			group.write(row.props(), null, row);
		}
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
			group.close();
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
	 * A new file of the group's, in a directory of the group's own: the importer reads each name as a pattern and
	 * lists its directory to match it, so a directory shared by every file made that quadratic.
	 */
	private Path next(Group group) {
		try {
			Path groupDir = Files.createDirectories(this.dir.resolve(group.fileName()));
			return groupDir.resolve(String.format("%05d.csv", this.files++));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	/**
	 * The files of one label set or relationship type. A row is appended to an open part whose columns it fits;
	 * a row with a property no open part has a column for closes the part it is compatible with (its header file
	 * is written then) and opens the next with the columns of both; a row of types no open part takes opens a part
	 * of its own, up to {@value #OPEN_PARTS} (rows of two shapes alternating do not close parts). Parts with the
	 * same header share one header file.
	 */
	private final class Group {

		private static final int OPEN_PARTS = 8;

		private final boolean nodes;

		private final String name;

		private final String idSpace;

		private final String idKey;

		private final String endSpace;

		/** Header text to its header file and the data files that share it. */
		private final Map<String, List<Path>> runs = new LinkedHashMap<>();

		/** Open parts, the one used last first. */
		private final List<Part> open = new ArrayList<>();

		private final StringBuilder line = new StringBuilder();

		Group(boolean nodes, String name, String idSpace, String idKey, String endSpace) {
			this.nodes = nodes;
			this.name = name;
			this.idSpace = idSpace;
			this.idKey = idKey;
			this.endSpace = endSpace;
		}

		String fileName() {
			return (this.nodes ? "nodes-" : "rels-") + this.name.replace(':', '-') + (this.nodes ? "" : "-" + this.idSpace
					+ "-" + this.endSpace);
		}

		void write(Map<String, ?> props, Map<String, ?> node, Relationship relationship) {
			Map<String, String> types = new LinkedHashMap<>();
			props.forEach((key, value) -> {
				String type = type(key, value);
				if (type != null) {
					types.put(key, type);
				}
			});
			Part part = this.open.stream().filter(p -> p.fits(types)).findFirst().orElse(null);
			if (part == null) {
				Part compatible = this.open.stream().filter(p -> p.compatible(types)).findFirst().orElse(null);
				Map<String, String> columns = new LinkedHashMap<>();
				if (compatible != null) {
					columns.putAll(compatible.columns);
					close(compatible);
				}
				else if (this.open.size() == OPEN_PARTS) {
					close(this.open.get(this.open.size() - 1));
				}
				types.forEach(columns::putIfAbsent);
				part = new Part(columns);
				this.open.add(0, part);
			}
			else if (this.open.get(0) != part) {
				this.open.remove(part);
				this.open.add(0, part);
			}
			part.write(types, this.nodes ? nodeLine(part, node) : relationshipLine(part, relationship));
		}

		/** Closes every open part. */
		void close() {
			new ArrayList<>(this.open).forEach(this::close);
		}

		/** Closes a part and writes its header, or adds it to the header file it shares. */
		private void close(Part part) {
			this.open.remove(part);
			part.close();
			List<String> header = new ArrayList<>();
			if (!this.nodes) {
				header.add(":START_ID(" + this.idSpace + ")");
				header.add(":END_ID(" + this.endSpace + ")");
			}
			part.columns.forEach((key, type) -> header.add(!key.equals(this.idKey) ? column(key) + ":" + concrete(type)
					: key.equals(ID_ONLY) ? ":ID(" + this.idSpace + ")" : column(key) + ":ID(" + this.idSpace + ")"));
			if (this.nodes) {
				header.add(":LABEL");
				header.add(column(EMPTY_LISTS_KEY) + ":string[]");
			}
			String text = String.join(",", header);
			this.runs.computeIfAbsent(text, t -> {
				Path headerFile = next(this);
				try {
					Files.writeString(headerFile, t + "\n", StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return new ArrayList<>(List.of(headerFile));
			}).add(part.data);
		}

		List<List<Path>> runs() {
			return List.copyOf(this.runs.values());
		}

		/** One data file being written and its columns ({@code ?[]}: only empty arrays so far). */
		private final class Part {

			private final Map<String, String> columns;

			private final Path data;

			private final BufferedWriter out;

			Part(Map<String, String> columns) {
				if (Group.this.nodes && Group.this.idKey != null && !columns.containsKey(Group.this.idKey)) {
					throw new IllegalArgumentException("Bulk import: nodes of " + Group.this.name + " without their id "
							+ Group.this.idKey);
				}
				this.columns = columns;
				this.data = next(Group.this);
				try {
					this.out = Files.newBufferedWriter(this.data, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			/** Every property has a column of its type (an empty array fits any array column, any array an empty one's). */
			boolean fits(Map<String, String> types) {
				return this.columns.keySet().containsAll(types.keySet()) && compatible(types);
			}

			boolean compatible(Map<String, String> types) {
				for (Map.Entry<String, String> entry : types.entrySet()) {
					String known = this.columns.get(entry.getKey());
					String type = entry.getValue();
					if (known != null && !known.equals(type) && !(known.endsWith("[]") && type.endsWith("[]")
							&& (known.equals("?[]") || type.equals("?[]")))) {
						return false;
					}
				}
				return true;
			}

			void write(Map<String, String> types, CharSequence line) {
				types.forEach((key, type) -> {
					if (this.columns.get(key).equals("?[]")) {
						this.columns.put(key, type);
					}
				});
				try {
					this.out.append(line).append('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			void close() {
				try {
					this.out.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		}

		private StringBuilder nodeLine(Part part, Map<String, ?> row) {
			this.line.setLength(0);
			List<String> empty = new ArrayList<>();
			for (String key : part.columns.keySet()) {
				Object value = row.get(key);
				if (value instanceof List<?> list && list.isEmpty()) {
					empty.add(key);
				}
				else {
					append(this.line, value);
				}
				this.line.append(',');
			}
			if (!empty.isEmpty()) {
				this.line.append(EMPTY_LISTS_LABEL).append(',');
				append(this.line, empty);
				BulkImportFiles.this.emptyLists++;
			}
			else {
				this.line.append(',');
			}
			return this.line;
		}

		private StringBuilder relationshipLine(Part part, Relationship row) {
			this.line.setLength(0);
			append(this.line, row.start());
			this.line.append(',');
			append(this.line, row.end());
			for (String key : part.columns.keySet()) {
				Object value = row.props().get(key);
				if (value instanceof List<?> list && list.isEmpty()) {
					throw new IllegalArgumentException("Bulk import: a " + this.name + " relationship's property " + key
							+ " is an empty array, which the format cannot hold");
				}
				this.line.append(',');
				append(this.line, value);
			}
			return this.line;
		}


	}

}
