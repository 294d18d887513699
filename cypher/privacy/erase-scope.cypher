// What an erasure touches: the active customer an id resolves to, the ids merged into it, its records,
// the identifiers and accounts those records assert, the identifiers seen on its events, and the other
// members of its household (whose household is recomputed without it). `exclusive`
// are the identifier keys no other customer uses: only those are remembered as erased, so erasing one
// person never blocks another who shares a phone or an email with them.
MATCH (c:Customer {id: $id})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, c) AS target
CALL (target) {
  OPTIONAL MATCH (a:Customer)-[:MERGED_INTO*1..]->(target)
  RETURN collect(DISTINCT a.id) AS absorbed
}
CALL (target) {
  OPTIONAL MATCH (r:SourceRecord)-[:BELONGS_TO]->(target)
  OPTIONAL MATCH (r)-[:HOLDS]->(acc:Account)
  RETURN collect(DISTINCT r.id) AS records, collect(DISTINCT acc.number) AS accounts
}
CALL (target) {
  OPTIONAL MATCH (n:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(target)
  RETURN collect(DISTINCT n) AS recordIdentifiers
}
CALL (target) {
  OPTIONAL MATCH (m:Identifier)-[:SEEN_FOR]->(target)
  RETURN collect(DISTINCT m) AS seenIdentifiers
}
CALL (target) {
  OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(target)
  RETURN count(i) AS interactions, count(CASE WHEN i.erasedAt IS NULL THEN i END) AS liveInteractions
}
CALL (target) {
  OPTIONAL MATCH (r:SourceRecord)-[:BELONGS_TO]->(target)
  WHERE r.erasedAt IS NULL
  RETURN count(r) AS liveRecords
}
CALL (target) {
  OPTIONAL MATCH (target)<-[:MERGED_INTO*0..]-(:Customer)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(m:Customer)
  WHERE m <> target
  RETURN collect(DISTINCT m.id) AS householdMembers
}
CALL (target) {
  OPTIONAL MATCH (e:Erasure)-[:ERASED]->(target)
  WITH e ORDER BY e.at DESC
  RETURN collect(e)[0] AS lastErasure
}
WITH target, absorbed, records, accounts, interactions, liveInteractions, liveRecords, lastErasure, householdMembers,
     recordIdentifiers + seenIdentifiers AS identifiers
RETURN target.id AS customerId, absorbed, records, accounts, interactions, householdMembers,
       CASE WHEN lastErasure IS NOT NULL AND liveRecords = 0 AND liveInteractions = 0 AND size(identifiers) = 0
            THEN properties(lastErasure) END AS alreadyErased,
       [n IN identifiers | n.key] AS identifierKeys,
       [n IN identifiers WHERE NOT EXISTS {
          MATCH (n)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:BELONGS_TO]->(other:Customer) WHERE other <> target
        } AND NOT EXISTS {
          MATCH (n)-[:SEEN_FOR]->(other:Customer) WHERE other <> target
        } | n.key] AS exclusive
