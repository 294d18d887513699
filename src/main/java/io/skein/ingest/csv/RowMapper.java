package io.skein.ingest.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Address;

/** Turns one CSV row (column to value) into a {@link RecordInput} as a {@link CsvMapping} says. */
final class RowMapper {

	private final CsvMapping mapping;

	private final Map<String, DateTimeFormatter> dateFormats = new HashMap<>();

	private final String source;

	RowMapper(CsvMapping mapping, String source) {
		this.mapping = mapping;
		this.source = source;
		// 'uuuu' with strict resolving rejects 31 February instead of quietly moving it to the 28th
		mapping.dateFormats()
			.forEach((field, pattern) -> this.dateFormats.put(field,
					DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT)));
	}

	RecordInput toRecord(Map<String, String> row) {
		Map<String, String> v = new HashMap<>();
		this.mapping.fields().forEach((field, columns) -> {
			String value = joined(row, columns);
			if (value != null) {
				value = this.mapping.values().getOrDefault(field, Map.of()).getOrDefault(value, value);
				v.put(field, asIso(field, value));
			}
		});
		Map<String, Object> attributes = new LinkedHashMap<>();
		v.forEach((field, value) -> {
			if (field.startsWith(MappedField.ATTRIBUTE_PREFIX)) {
				attributes.put(field.substring(MappedField.ATTRIBUTE_PREFIX.length()), value);
			}
		});
		String sourceId = blankToNull(row.get(this.mapping.sourceId()));
		return new RecordInput(this.source, sourceId, v.get("firstName"), v.get("middleName"),
				v.get("lastName"), v.get("fullName"), v.get("dateOfBirth"), v.get("gender"), v.get("email"),
				v.get("phone"), v.get("nationalId"), address(v), attributes, List.of());
	}

	private static Address address(Map<String, String> v) {
		String p = MappedField.ADDRESS_PREFIX;
		Address address = new Address(v.get(p + "line1"), v.get(p + "line2"), v.get(p + "city"),
				v.get(p + "postcode"), v.get(p + "state"), v.get(p + "country"));
		boolean empty = MappedField.ADDRESS.stream().allMatch(part -> v.get(p + part) == null);
		return empty ? null : address;
	}

	private String joined(Map<String, String> row, List<String> columns) {
		String value = columns.stream()
			.map(row::get)
			.map(RowMapper::blankToNull)
			.filter(cell -> cell == null || !this.mapping.nullValues().contains(cell))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		return value.isEmpty() ? null : value;
	}

	private String asIso(String field, String value) {
		DateTimeFormatter format = this.dateFormats.get(field);
		if (format == null) {
			return value;
		}
		try {
			return LocalDate.parse(value, format).toString();
		}
		catch (DateTimeParseException ex) {
			return value; // kept as received: ingestion reports it, matching still compares its digits
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
