// The steward decisions a real-time scope must respect: the merges joining any of its records (with all
// their records) and the bans and splits with any of them on either side. Index-backed from the records,
// so its cost follows the scope, not the steward's whole history.
CALL () {
  UNWIND $ids AS wanted
  MATCH (:SourceRecord {id: wanted})<-[:JOINS]-(l:StewardLink)
  WITH DISTINCT l
  RETURN 'LINK' AS kind, l.id AS id, [(l)-[:JOINS]->(r:SourceRecord) | r.id] AS left, [] AS right
  UNION
  UNWIND $ids AS wanted
  MATCH (:SourceRecord {id: wanted})<-[:LEFT|RIGHT]-(b:Ban)
  WITH DISTINCT b
  RETURN 'BAN' AS kind, b.id AS id, [(b)-[:LEFT]->(r:SourceRecord) | r.id] AS left,
         [(b)-[:RIGHT]->(r:SourceRecord) | r.id] AS right
}
RETURN kind, id, left, right
ORDER BY kind, id
