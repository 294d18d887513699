package io.skein.ingest.csv;

import io.skein.ingest.RecordInput;

/**
 * One CSV row read through a {@link CsvMapping}.
 *
 * @param lineNumber the 1-based line of the file the row starts on (the header is line 1)
 * @param record the row as a record input
 * @param trueEntity the row's true entity when the mapping has a truth spec, else null
 */
public record MappedRow(long lineNumber, RecordInput record, String trueEntity) {
}
