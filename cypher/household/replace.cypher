// Replaces the household memberships of the customers recomputed: their MEMBER_OF edges go, the
// households in $households are written with their members, shared identifiers and addresses, and the
// households left without members are deleted.
CALL {
  UNWIND $customerIds AS cid
  MATCH (:Customer {id: cid})-[m:MEMBER_OF]->(:Household)
  DELETE m
}
CALL {
  UNWIND $households AS row
  MERGE (h:Household {id: row.id})
  SET h.addresses = row.addresses, h.updatedAt = $now
  WITH h, row
  CALL (h) {
    OPTIONAL MATCH (h)-[s:SHARES]->()
    DELETE s
  }
  CALL (h, row) {
    UNWIND row.memberIds AS mid
    MATCH (c:Customer {id: mid})
    MERGE (c)-[:MEMBER_OF]->(h)
  }
  CALL (h, row) {
    UNWIND row.identifierKeys AS key
    MATCH (n:Identifier {key: key})
    MERGE (h)-[:SHARES]->(n)
  }
}
CALL {
  UNWIND $staleIds AS hid
  MATCH (h:Household {id: hid})
  WHERE NOT (h)<-[:MEMBER_OF]-()
  DETACH DELETE h
}
RETURN count(*) AS done
