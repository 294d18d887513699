// The merges that built each of a batch of customers: those it survived, and those survived by the
// customers it later absorbed. Newest first.
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})<-[:MERGED_INTO*0..]-(:Customer)<-[:SURVIVOR]-(m:Merge)
WITH DISTINCT customerId, m
RETURN customerId, m {.id, .at, .reason, .survivorId, .absorbedIds, .triggeredBy} AS merge
ORDER BY customerId, m.at DESC, m.id
