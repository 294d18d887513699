// Stitching identifiers held by two or more source records, with their holders (names for the phone
// rule); an identifier held by more than $maxHolders records comes back without holders (guarded).
MATCH (n:Identifier)
WHERE n.type IN $types
WITH n, COUNT { (n)<-[:HAS_IDENTIFIER]-(:SourceRecord) } AS holders
WHERE holders >= 2
RETURN n.key AS key, n.type AS type, n.value AS value, holders,
       CASE WHEN holders <= $maxHolders
            THEN [(n)<-[:HAS_IDENTIFIER]-(r:SourceRecord) | {id: r.id, firstName: r.firstName, lastName: r.lastName}]
            ELSE [] END AS records
ORDER BY key
