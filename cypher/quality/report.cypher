// Data quality per source: for each profile attribute how many records carry it (completeness), how many
// of those were kept raw with a warning naming it (validity), how many distinct values they hold
// (uniqueness); how many records share their customer with another record of the same source (duplicates
// found by stitching and resolution); when the source last sent a record (staleness).
// $attributes lists the stored property names to measure.
MATCH (r:SourceRecord)
WITH r.source AS source, collect(r) AS records
CALL (records) {
  UNWIND records AS r
  RETURN count(r) AS total, max(r.receivedAt) AS lastReceivedAt
}
CALL (records) {
  UNWIND records AS r
  MATCH (r)-[:BELONGS_TO]->(c:Customer)
  WITH c, count(r) AS n
  RETURN sum(CASE WHEN n > 1 THEN n - 1 ELSE 0 END) AS duplicates
}
CALL (records) {
  UNWIND $attributes AS attribute
  CALL (records, attribute) {
    UNWIND records AS r
    WITH r, r[attribute] AS value, any(w IN coalesce(r.warnings, []) WHERE w STARTS WITH attribute + ':') AS warned
    WHERE warned OR (value IS NOT NULL AND toString(value) <> '')
    // a value kept raw with a warning lives in the payload only: it counts as present and invalid
    RETURN count(r) AS present, count(DISTINCT value) AS distinct, count(CASE WHEN warned THEN 1 END) AS invalid
  }
  RETURN collect({attribute: attribute, present: present, invalid: invalid, distinct: distinct}) AS attributes
}
RETURN source, total, lastReceivedAt, duplicates, attributes
ORDER BY source
