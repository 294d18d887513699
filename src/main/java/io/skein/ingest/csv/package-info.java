/**
 * Reading CSV files into {@link io.skein.ingest.RecordInput} rows through a JSON mapping.
 *
 * <h2>Mapping format</h2> A mapping is a JSON object, shipped as {@code classpath:mappings/NAME.json}
 * or given as a file:
 * <pre>
 * {
 *   "source":   "febrl",                      // constant source-system name of every row
 *   "sourceId": "rec_id",                     // column holding the row's id in that source
 *   "fields": {                               // RecordInput field -> columns, joined with one space in order
 *     "firstName":     ["given_name"],
 *     "address.line1": ["street_number", "address_1"],
 *     "attributes.state": ["state"]           // anything else goes to RecordInput.attributes
 *   },
 *   "dateFormats": { "dateOfBirth": "yyyyMMdd" },   // parsed strictly, written as ISO yyyy-MM-dd;
 *                                                   // a value that does not parse is kept as received
 *   "csv":   { "delimiter": ",", "trimValues": true, "encoding": "UTF-8" },  // all optional
 *   "truth": { "column": "rec_id", "pattern": "rec-(\\d+)-" }, // optional: true entity = group 1
 *   "nullValues": ["NA"],                     // optional: cells that mean "missing" besides blanks
 *   "values": { "gender": { "1": "M", "2": "F" } }  // optional: coded values of a field
 * }
 * </pre>
 * Target fields are {@code firstName, middleName, lastName, fullName, dateOfBirth, gender, email, phone,
 * nationalId}, {@code address.(line1|line2|city|postcode|state|country)} and {@code attributes.NAME}.
 * Every value is read as a string (leading zeros survive); blank values become null; {@code trimValues}
 * drops the spaces some files put after each delimiter. A file must have a header row. A {@code source}
 * containing {@code {file}} takes each file's name without extension there, for files whose ids overlap.
 */
package io.skein.ingest.csv;
