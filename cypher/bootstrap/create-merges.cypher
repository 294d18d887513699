// Bootstrap load (empty store): the merges stitching made in memory, as identity/merge-customers leaves
// them: a Merge node with SURVIVOR and ABSORBED edges, MERGED_INTO from each absorbed customer, and the
// change feed's MERGED event for the survivor.
UNWIND $rows AS row
MATCH (s:Customer {id: row.survivorId})
CREATE (m:Merge {id: row.mergeId, at: row.at, reason: row.reason, survivorId: row.survivorId,
                 absorbedIds: row.absorbedIds, triggeredBy: row.triggeredBy})
CREATE (m)-[:SURVIVOR]->(s)
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: s.id, seq: row.seq, type: 'MERGED',
                                    at: datetime.transaction(), mergeId: row.mergeId, absorbedIds: row.absorbedIds})
WITH m, s, row
UNWIND row.absorbedIds AS absorbedId
MATCH (a:Customer {id: absorbedId})
CREATE (m)-[:ABSORBED]->(a)
CREATE (a)-[:MERGED_INTO]->(s)
