// The households the given customers (or customers merged into them) are members of now, with all their
// members, so a recomputation also revisits the people it may have to take out.
UNWIND $customerIds AS cid
MATCH (c:Customer {id: cid})
OPTIONAL MATCH (c)<-[:MERGED_INTO*0..]-(x:Customer)-[:MEMBER_OF]->(h:Household)
WITH DISTINCT h WHERE h IS NOT NULL
MATCH (h)<-[:MEMBER_OF]-(m:Customer)
RETURN h.id AS householdId, collect(m.id) AS memberIds
