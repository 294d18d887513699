// The given stitching identifiers (by key) when two or more source records hold them, with their
// holders, exactly as identity/shared-identifiers returns them for the whole store.
UNWIND $keys AS wanted
MATCH (n:Identifier {key: wanted})
WITH n, COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } AS holders
WHERE holders >= 2
RETURN n.key AS key, n.type AS type, n.value AS value, holders,
       CASE WHEN holders <= $maxHolders
            THEN [(n)<-[:HAS_IDENTIFIER]-(r:SourceRecord) | {id: r.id, firstName: r.firstName, lastName: r.lastName}]
            ELSE [] END AS records
ORDER BY key
