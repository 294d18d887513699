// Steward decisions resolution must respect: merges (records that stay together) and bans and splits
// (records on the left never share a customer with records on the right).
CALL () {
  MATCH (l:StewardLink)-[:JOINS]->(r:SourceRecord)
  WITH l, collect(r.id) AS records
  RETURN 'LINK' AS kind, l.id AS id, records AS left, [] AS right
  UNION ALL
  MATCH (b:Ban)
  RETURN 'BAN' AS kind, b.id AS id, [(b)-[:LEFT]->(r:SourceRecord) | r.id] AS left,
         [(b)-[:RIGHT]->(r:SourceRecord) | r.id] AS right
}
RETURN kind, id, left, right
ORDER BY kind, id
